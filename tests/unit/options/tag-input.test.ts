import { describe, expect, it } from 'vitest';
import { parseTagInput } from '../../../utils/options/tag-input';
import { english } from '@/utils/i18n/english';

describe('parseTagInput', () => {
  it.each<[string, string]>([
    ['bevy', 'bevy'],
    ['  Bevy ', 'bevy'],
    ['#gamedev', 'gamedev'],
  ])('reads %j as %j', (typed, tag) => {
    expect(parseTagInput(typed, ['rust'], english)).toEqual({ ok: true, tag });
  });

  it.each<[string, string]>([
    ['', 'Type a tag first.'],
    ['#', 'Type a tag first.'],
    ['game dev', 'A tag is one word, without spaces.'],
    ['x'.repeat(41), 'A tag has at most 40 characters.'],
    ['RUST', '“rust” is already listed.'],
  ])('refuses %j', (typed, error) => {
    expect(parseTagInput(typed, ['rust'], english)).toEqual({ ok: false, error });
  });
});
