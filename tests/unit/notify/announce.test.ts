import { describe, expect, it } from 'vitest';
import { announcePolicy, isQuietTime } from '../../../utils/notify/announce';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/settings';

const post = (tags: string[]) => ({
  url: 'https://dev.to/jane/a-post-1',
  author: 'Jane',
  title: 'Async Rust in practice',
  tags,
});

function rule(overrides: Partial<Settings>) {
  return announcePolicy({ ...DEFAULT_SETTINGS, ...overrides }, Date.now()).stillWanted;
}

describe('announcePolicy: which posts deserve a notification', () => {
  it('announces a visible post by default', () => {
    expect(rule({})(post(['rust', 'tokio']))).toBe(true);
  });

  it('announces nothing when notifications are off', () => {
    expect(rule({ notificationsEnabled: false })(post(['rust']))).toBe(false);
  });

  it('never announces a post the filters hide', () => {
    expect(rule({ tagModes: { career: 'hide' } })(post(['rust', 'career']))).toBe(false);
  });

  it.each([
    [{ rust: false }, ['rust', 'tokio'], true],
    [{ rust: false }, ['rust', 'webdev'], true],
    [{ rust: false, webdev: false }, ['rust', 'webdev'], false],
    [{ rust: false, webdev: false }, [], true],
  ])('with Notify %o, a post tagged %o notifies: %s', (tagNotify, tags, expected) => {
    expect(rule({ tagNotify })(post(tags))).toBe(expected);
  });
});

describe('announcePolicy: how a new post is queued', () => {
  const night = { enabled: true, start: '22:00', end: '07:00' };
  const at = (time: string) => new Date(`2026-05-06T${time}:00`).getTime();
  const policy = (overrides: Partial<Settings>, time = '12:00') =>
    announcePolicy({ ...DEFAULT_SETTINGS, ...overrides }, at(time));

  it('queues a feed’s first backlog as the welcome, later posts as new', () => {
    expect(policy({}).batchFor(post(['rust']), true)).toBe('welcome');
    expect(policy({}).batchFor(post(['rust']), false)).toBe('new');
  });

  it('holds posts for the summary during quiet hours, and says it is quiet', () => {
    expect(policy({ quietHours: night }, '23:30').batchFor(post(['rust']), false)).toBe('quiet');
    expect(policy({ quietHours: night }, '23:30').quiet).toBe(true);
    expect(policy({ quietHours: night }, '12:00').quiet).toBe(false);
  });

  it('queues nothing the filters hide or when notifications are off', () => {
    expect(policy({ tagModes: { rust: 'hide' } }).batchFor(post(['rust']), false)).toBeNull();
    expect(policy({ notificationsEnabled: false }).batchFor(post(['rust']), true)).toBeNull();
  });
});

const at = (time: string) => new Date(`2026-05-06T${time}:00`);

describe('isQuietTime', () => {
  it.each([
    // [start, end, local time, quiet?]
    ['22:00', '07:00', '23:30', true],
    ['22:00', '07:00', '03:00', true],
    ['22:00', '07:00', '07:00', false],
    ['22:00', '07:00', '21:59', false],
    ['22:00', '07:00', '22:00', true],
    ['09:00', '17:00', '12:00', true],
    ['09:00', '17:00', '17:00', false],
    ['09:00', '17:00', '08:59', false],
    ['08:00', '08:00', '08:00', false],
  ])('%s–%s at %s → %s', (start, end, time, quiet) => {
    expect(isQuietTime({ enabled: true, start, end }, at(time))).toBe(quiet);
  });

  it('is never quiet when quiet hours are off', () => {
    expect(isQuietTime({ enabled: false, start: '00:00', end: '23:59' }, at('12:00'))).toBe(false);
  });
});
