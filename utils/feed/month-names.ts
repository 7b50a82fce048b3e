/**
 * Month names as feeds write them in RFC 822 dates, in English and in the languages whose
 * CMSes localise `pubDate` anyway (Portuguese "Seg, 24 Set 2018", German, French, Spanish,
 * Italian, Dutch). Keys are lower-case, accent-free prefixes: 3 letters, or 4 where French
 * needs them (juin/juil).
 */
const MONTH_BY_PREFIX: Readonly<Record<string, number>> = {
  jan: 1,
  ene: 1,
  gen: 1,
  feb: 2,
  fev: 2,
  mar: 3,
  mrz: 3,
  mrt: 3,
  apr: 4,
  abr: 4,
  avr: 4,
  may: 5,
  mai: 5,
  mag: 5,
  mei: 5,
  jun: 6,
  juin: 6,
  giu: 6,
  jul: 7,
  juil: 7,
  lug: 7,
  aug: 8,
  ago: 8,
  aou: 8,
  sep: 9,
  set: 9,
  oct: 10,
  okt: 10,
  out: 10,
  ott: 10,
  nov: 11,
  dec: 12,
  dez: 12,
  dic: 12,
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** 1–12 for a month name or abbreviation ("Sep", "Sept.", "févr", "Dez"), else null. */
export function monthNumber(name: string): number | null {
  const plain = name.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');
  return MONTH_BY_PREFIX[plain.slice(0, 4)] ?? MONTH_BY_PREFIX[plain.slice(0, 3)] ?? null;
}
