import { describe, expect, it } from 'vitest';
import { curatedToSource, findCuratedSource } from '../../../utils/sources/curated-sources';
import {
  dueSources,
  effectivePollAt,
  type SourcePollState,
} from '../../../utils/schedule/due-sources';
import { DEFAULT_SOURCES, devTagSource, type Source } from '../../../utils/sources/source';

const NOW = Date.parse('2026-07-08T12:00:00Z');
const MINUTE = 60_000;

const rust = DEFAULT_SOURCES[0]!;
const tokio = devTagSource('tokio');
const blog = curatedToSource(findCuratedSource('curated:rust-blog')!, true);
const inside = curatedToSource(findCuratedSource('curated:inside-rust')!, true);
const reddit = curatedToSource(findCuratedSource('curated:reddit-rust')!, true);
const off: Source = { ...devTagSource('bevy'), enabled: false };

const at = (entries: [Source, number | null][]) =>
  new Map<string, SourcePollState>(
    entries.map(([source, nextPollAt]) => [source.id, { nextPollAt }]),
  );
const ids = (sources: Source[]) => sources.map((source) => source.id);

describe('dueSources', () => {
  it('polls never-polled sources now and skips disabled ones', () => {
    const result = dueSources({ sources: [rust, off, tokio], states: new Map(), now: NOW });
    expect(ids(result.due)).toEqual(['dev:rust', 'dev:tokio']);
    expect(result.nextAlarmAt).toBeNull();
  });

  it('treats a stored null nextPollAt as never polled', () => {
    const result = dueSources({ sources: [rust], states: at([[rust, null]]), now: NOW });
    expect(ids(result.due)).toEqual(['dev:rust']);
  });

  it('gives each source its own time: the alarm is the earliest of those not due', () => {
    const states = at([
      [rust, NOW - MINUTE],
      [tokio, NOW + 10 * MINUTE],
      [blog, NOW + 3 * MINUTE],
      [off, NOW + MINUTE],
    ]);
    const result = dueSources({ sources: [rust, tokio, blog, off], states, now: NOW });
    expect(ids(result.due)).toEqual(['dev:rust']);
    expect(result.nextAlarmAt).toBe(NOW + 3 * MINUTE);
  });

  it('counts a source due exactly at its time', () => {
    const result = dueSources({ sources: [rust], states: at([[rust, NOW]]), now: NOW });
    expect(ids(result.due)).toEqual(['dev:rust']);
  });

  it('lists the most overdue first, list order among equals', () => {
    const states = at([
      [rust, NOW - MINUTE],
      [tokio, NOW - 5 * MINUTE],
      [reddit, NOW - MINUTE],
    ]);
    const result = dueSources({ sources: [rust, tokio, reddit, blog], states, now: NOW });
    expect(ids(result.due)).toEqual([
      'dev:tokio',
      'dev:rust',
      'curated:reddit-rust',
      'curated:rust-blog',
    ]);
  });

  it('does not let one backing-off source delay the others', () => {
    // Reddit failed four times and waits hours; the DEV feeds stay on their own schedule.
    const states = at([
      [reddit, NOW + 4 * 60 * MINUTE],
      [rust, NOW - MINUTE],
      [tokio, NOW + 15 * MINUTE],
    ]);
    const result = dueSources({ sources: [reddit, rust, tokio], states, now: NOW });
    expect(ids(result.due)).toEqual(['dev:rust']);
    expect(result.nextAlarmAt).toBe(NOW + 15 * MINUTE);
  });

  it('holds back every source on a resting host, and only those', () => {
    const states = at([
      [blog, NOW - MINUTE],
      [inside, NOW - MINUTE],
      [rust, NOW - MINUTE],
    ]);
    const hostCooldowns = { 'blog.rust-lang.org': NOW + 20 * MINUTE };
    const result = dueSources({ sources: [blog, inside, rust], states, now: NOW, hostCooldowns });
    expect(ids(result.due)).toEqual(['dev:rust']);
    expect(result.nextAlarmAt).toBe(NOW + 20 * MINUTE);
  });

  it('has no alarm when nothing is enabled', () => {
    expect(dueSources({ sources: [off], states: new Map(), now: NOW })).toEqual({
      due: [],
      nextAlarmAt: null,
    });
  });
});

describe('effectivePollAt', () => {
  it.each<[string, SourcePollState | undefined, Record<string, number>, number]>([
    ['never polled: now', undefined, {}, NOW],
    ['its own time', { nextPollAt: NOW + MINUTE }, {}, NOW + MINUTE],
    [
      'a later host rest wins',
      { nextPollAt: NOW + MINUTE },
      { 'dev.to': NOW + 9 * MINUTE },
      NOW + 9 * MINUTE,
    ],
    [
      'an earlier host rest does not',
      { nextPollAt: NOW + 9 * MINUTE },
      { 'dev.to': NOW + MINUTE },
      NOW + 9 * MINUTE,
    ],
  ])('%s', (_name, state, cooldowns, expected) => {
    expect(effectivePollAt(rust, state, NOW, cooldowns)).toBe(expected);
  });
});
