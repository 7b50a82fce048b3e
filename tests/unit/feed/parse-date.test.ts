import { describe, expect, it } from 'vitest';
import { parseFeedDate, publishedAtIso } from '../../../utils/feed/parse-date';

function iso(text: string): string | null {
  const millis = parseFeedDate(text);
  return millis === null ? null : new Date(millis).toISOString();
}

describe('parseFeedDate', () => {
  it.each([
    // RFC 822 / RSS, as the corpus writes them
    ['Wed, 06 May 2026 14:49:27 +0000', '2026-05-06T14:49:27.000Z'], // DEV
    ['Wed, 6 Apr 2022 21:07:47 +0000', '2022-04-06T21:07:47.000Z'], // Hacker News: 1-digit day
    ['Tue, 17 Feb 2026 18:03:07 EST', '2026-02-17T23:03:07.000Z'], // CS Monitor
    ['Tue, 07 Oct 2025 12:00:00 +0000', '2025-10-07T12:00:00.000Z'], // zoocoding, after &#43;
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'], // UOL, Portuguese
    ['Wed, 22 Jan 2014 20:31:31 +0600', '2014-01-22T14:31:31.000Z'], // oren.ru
    ['Sun, 28 Oct 2018 13:48:00 +0100', '2018-10-28T12:48:00.000Z'], // Golem
    ['Mon, 09 Feb 2026 00:00:00 GMT', '2026-02-09T00:00:00.000Z'], // elijahpotter
    // Other zone names and shapes
    ['Sat, 01 Jun 2024 08:00:00 PDT', '2024-06-01T15:00:00.000Z'],
    ['Sat, 01 Jun 2024 08:00:00 PST', '2024-06-01T16:00:00.000Z'],
    ['Sat, 01 Jun 2024 08:00:00 EDT', '2024-06-01T12:00:00.000Z'],
    ['Sat, 01 Jun 2024 08:00:00 UT', '2024-06-01T08:00:00.000Z'],
    ['Sat, 01 Jun 2024 08:00:00 Z', '2024-06-01T08:00:00.000Z'],
    ['Sat, 01 Jun 2024 08:00 GMT', '2024-06-01T08:00:00.000Z'], // no seconds
    ['01 Jun 2024 08:00:00 +0200', '2024-06-01T06:00:00.000Z'], // no day name
    ['Sat, 01 Jun 24 08:00:00 GMT', '2024-06-01T08:00:00.000Z'], // two-digit year
    ['Sat, 01 Jun 2024 08:00:00', '2024-06-01T08:00:00.000Z'], // no zone: UTC
    ['Sat, 01 June 2024 08:00:00 +0000', '2024-06-01T08:00:00.000Z'], // full month name
    // Other languages
    ['Mo, 02 Dez 2024 10:00:00 +0100', '2024-12-02T09:00:00.000Z'], // German
    ['lun., 03 févr. 2025 10:00:00 +0100', '2025-02-03T09:00:00.000Z'], // French
    ['jeu., 05 juin 2025 10:00:00 +0000', '2025-06-05T10:00:00.000Z'],
    ['ven., 04 juil. 2025 10:00:00 +0000', '2025-07-04T10:00:00.000Z'],
    ['Mié, 15 Ene 2025 10:00:00 +0000', '2025-01-15T10:00:00.000Z'], // Spanish
    ['Mar, 01 Ott 2024 10:00:00 +0000', '2024-10-01T10:00:00.000Z'], // Italian
    ['Qua, 01 Out 2025 10:00:00 -0300', '2025-10-01T13:00:00.000Z'], // Portuguese
    // ISO 8601 / RFC 3339
    ['2024-05-01T10:00:00Z', '2024-05-01T10:00:00.000Z'],
    ['2022-04-21T00:00:00+00:00', '2022-04-21T00:00:00.000Z'], // numi.st
    ['2024-03-28T06:08:34-05:00', '2024-03-28T11:08:34.000Z'], // davidbau
    ['2020-01-19T15:08:59+10:00', '2020-01-19T05:08:59.000Z'], // GitHub releases
    ['2026-02-17T17:36:36-0500', '2026-02-17T22:36:36.000Z'], // Al-Monitor: colon-less
    ['2024-05-01T10:00:00.123456Z', '2024-05-01T10:00:00.000Z'], // fractions dropped
    ['2024-05-01T10:00+02:00', '2024-05-01T08:00:00.000Z'], // no seconds
    ['2022-07-26 13:01:01', '2022-07-26T13:01:01.000Z'], // adactio: space, no zone
    ['2023-11-15', '2023-11-15T00:00:00.000Z'], // date only
    ['\n          2022-09-10\n        ', '2022-09-10T00:00:00.000Z'], // techtinkering
    ['2099-12-31T23:59:59Z', '2099-12-31T23:59:59.000Z'], // the future is kept
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00.000Z'], // leap day
  ])('reads %j as %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['yesterday'],
    ['2023-02-29T00:00:00Z'], // not a leap year
    ['2024-13-01'],
    ['2024-05-32'],
    ['Sat, 01 Foo 2024 08:00:00 GMT'],
    ['Sat, 01 Jun 2024 08:00:00 XYZT'], // unknown zone
    ['Sat, 01 Jun 2024 25:00:00 GMT'],
    ['1714557600'], // epoch seconds are not a feed date
    [`Sat, 01 Jun 2024 08:00:00 GMT${' '.repeat(100)}x`],
  ])('refuses %j', (text) => {
    expect(parseFeedDate(text)).toBeNull();
  });
});

describe('publishedAtIso', () => {
  const now = Date.UTC(2026, 0, 2, 3, 4, 5);

  it('uses the feed date when it can be read', () => {
    expect(publishedAtIso('2023-11-15', now)).toBe('2023-11-15T00:00:00.000Z');
  });

  it.each([[''], ['not a date']])('falls back to the first-seen time for %j', (text) => {
    expect(publishedAtIso(text, now)).toBe('2026-01-02T03:04:05.000Z');
  });
});
