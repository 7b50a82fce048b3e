import { describe, expect, it } from 'vitest';
import { parseCacheControl, type CacheControl } from '../../../utils/schedule/cache-control';

const NONE: CacheControl = {
  maxAgeSeconds: null,
  noStore: false,
  noCache: false,
  isPrivate: false,
};

describe('parseCacheControl', () => {
  it.each<[string | null | undefined, Partial<CacheControl>]>([
    [null, {}],
    [undefined, {}],
    ['', {}],
    ['max-age=300', { maxAgeSeconds: 300 }],
    ['public, max-age=600', { maxAgeSeconds: 600 }],
    ['MAX-AGE=60', { maxAgeSeconds: 60 }],
    ['max-age="120"', { maxAgeSeconds: 120 }],
    ['max-age = 30', { maxAgeSeconds: 30 }],
    ['max-age=0', { maxAgeSeconds: 0 }],
    ['max-age=60, max-age=3600', { maxAgeSeconds: 60 }],
    ['max-age=-5', {}],
    ['max-age=1.5', {}],
    ['max-age=', {}],
    ['max-age', {}],
    ['s-maxage=3600', {}],
    ['s-maxage=3600, max-age=60', { maxAgeSeconds: 60 }],
    ['no-store', { noStore: true }],
    ['no-cache', { noCache: true }],
    ['private, max-age=900', { isPrivate: true, maxAgeSeconds: 900 }],
    ['No-Cache, No-Store, must-revalidate', { noCache: true, noStore: true }],
    ['no-cache="Set-Cookie, X-Foo", max-age=300', { maxAgeSeconds: 300 }],
    ['private="Set-Cookie", max-age=300', { maxAgeSeconds: 300 }],
    ['garbage;;;, ,,', {}],
  ])('%j', (header, expected) => {
    expect(parseCacheControl(header)).toEqual({ ...NONE, ...expected });
  });
});
