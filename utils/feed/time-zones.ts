/**
 * Offsets, in minutes east of UTC, for the zone names RFC 822 allows plus a few that feeds
 * use anyway. Ambiguous abbreviations (IST, CST in Asia) are read the RFC 822 / US way.
 */
const ZONE_OFFSET_MINUTES: Readonly<Record<string, number>> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  BST: 60,
  CET: 60,
  CEST: 120,
  MET: 60,
  MEST: 120,
};

const NUMERIC_OFFSET = /^([+-])(\d{2}):?(\d{2})?$/;

/**
 * Minutes east of UTC for "+0200", "-05:00", "+09", "EST", "GMT", "Z"; 0 for '' (no zone means
 * UTC here, so results never depend on the machine's time zone); null when unrecognised.
 */
export function zoneOffsetMinutes(zone: string): number | null {
  if (zone === '') return 0;
  const numeric = NUMERIC_OFFSET.exec(zone);
  if (numeric) {
    const [, sign, hours = '0', minutes = '0'] = numeric;
    const total = Number(hours) * 60 + Number(minutes);
    return sign === '-' ? -total : total;
  }
  return ZONE_OFFSET_MINUTES[zone.toUpperCase()] ?? null;
}
