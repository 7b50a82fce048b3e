import { describe, expect, it } from 'vitest';
import { compileVisibility } from '../../../utils/filters/post-visibility';
import { compileAnnounceRule } from '../../../utils/notify/announce-rule';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/settings';

const post = (tags: string[]) => ({
  url: 'https://dev.to/jane/a-post-1',
  author: 'Jane',
  title: 'Async Rust in practice',
  tags,
});

function rule(overrides: Partial<Settings>) {
  const settings = { ...DEFAULT_SETTINGS, ...overrides };
  return compileAnnounceRule(settings, compileVisibility(settings));
}

describe('compileAnnounceRule', () => {
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
