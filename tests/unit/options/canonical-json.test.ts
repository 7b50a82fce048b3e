import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../utils/options/canonical-json';

describe('canonicalJson', () => {
  it('gives equal text for objects whose keys were written in another order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, { x: 0, y: 1 }] }, b: 1 }),
    );
  });

  it('keeps array order, which carries meaning', () => {
    expect(canonicalJson(['b', 'a'])).not.toBe(canonicalJson(['a', 'b']));
  });
});
