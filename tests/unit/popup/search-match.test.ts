import { describe, expect, it } from 'vitest';
import { compileSearch } from '@/utils/popup/search-match';

const POST = {
  title: 'Async Rust with Tokio',
  author: 'Zoë Müller',
  tags: ['rust', 'async', 'webdev'],
};

describe('compileSearch', () => {
  it.each(['', '   ', '\n'])('returns null for the empty query %j', (query) => {
    expect(compileSearch(query)).toBeNull();
  });

  it.each([
    ['tokio', true],
    ['TOKIO', true],
    ['async rust', true],
    ['rust async', true],
    ['zoe', true],
    ['muller', true],
    ['webdev', true],
    ['#web', true],
    ['#tokio', false],
    ['tokio python', false],
    ['python', false],
  ])('%j matches: %s', (query, expected) => {
    expect(compileSearch(query)!(POST)).toBe(expected);
  });

  it('does not join fields into false matches', () => {
    expect(compileSearch('tokiozoe')!(POST)).toBe(false);
  });
});
