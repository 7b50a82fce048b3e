import { evidence, listed } from './evidence';
import type { PostText } from './post-text';
import type { Evidence } from './relevance';

/**
 * Signs that a post sells something: the way adverts, service pages and affiliate listicles
 * are written, whatever they sell. Each family is capped, so one cue never makes an advert —
 * a Rust post may quote a price or say "contact us" once.
 */

/** International (+92 300 1234567), North American ((555) 123-4567, 555-123-4567), local 0300-1234567. */
const PHONE =
  /\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,5}){2,4}|\(\d{3}\)\s?\d{3}[\s.-]\d{4}|\b\d{3}[.-]\d{3}[.-]\d{4}\b|\b0\d{2,4}[\s-]\d{6,8}\b/g;
const PHONE_LINK = /^(?:tel|callto|sms):/;
/** Links to a business site's contact, booking, pricing or services page. */
const CONTACT_LINK =
  /^https?:\/\/[^/]+\/(?:[\w-]+\/)?(?:contact(?:-us)?|book(?:ing)?|pricing|services|get-a-quote|quote)(?:[/?#.]|$)/;

/** Calls to get in touch or to buy now. */
const CONTACT =
  /\b(?:contact us|call us|call now|call today|give us a call|get in touch|reach out to us|whatsapp|email us|message us|book now|order now|buy now|shop now|sign up today|enquire now|inquire now|request a quote|get (?:a|your) (?:free )?quote|free (?:project )?(?:consultation|estimate|quote|assessment|audit|trial)|ready to get started|get started today|book (?:a|your) (?:free )?(?:consultation|appointment|call|visit|trip|tour)|schedule (?:a|your) (?:free )?(?:call|consultation|appointment)|visit our (?:website|store|office|showroom|clinic))\b/g;

/** Amounts of money ($7, €1,200, 500 AED, Rs. 300) and the words around prices. */
const MONEY =
  /(?:[$€£₹¥]\s?\d[\d,.]*|\b(?:usd|eur|gbp|aed|pkr|inr|sar|rs\.)\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:usd|eur|gbp|aed|pkr|inr|dollars|euros|pounds|rupees|dirhams)\b|\bprices?\b|\bpricing\b|\bdiscounts?\b|\d+\s?% off\b|\baffordable\b|\bcheapest\b)/g;

/** How service providers write about themselves. */
const PITCH =
  /\b(?:our (?:[\w-]+ ){0,3}(?:services|solutions|packages)|(?:development|consulting|marketing|seo|design) services|(?:we|\w+) can help (?:you|your|businesses|companies|organizations)|how \w+ can help|our (?:team of|experts|specialists|professionals|clients|customers|agency|clinic|firm)|we (?:offer|provide|specialize|specialise|deliver) \w+|we help (?:businesses|companies|brands|clients|you)|hire us|years of experience|satisfaction guaranteed|guaranteed results|trusted by|leading (?:provider|company|agency)|one-stop|top-rated|tailored (?:solutions|services|packages)|customer satisfaction|no fee|money-back|why choose us|licensed and insured|certified (?:experts|professionals|technicians)|best (?:prices|rates|deals)|(?:free|fast|same[- ]day|next[- ]day) (?:delivery|shipping)|(?:limited[- ]time|special|exclusive) offers?|starting (?:at|from) [$€£₹]?\d)/g;

/**
 * Titles of offers rather than articles: "… Services", "… Packages", "… Prices", "Car Hire",
 * "… Agency", "… | Brand", "Best … in Dubai".
 */
const TITLE_OFFER =
  /\b(?:services|packages?|prices?|pricing|costs|hire|agency|consulting|consultancy|deals|discounts?|near me|cheap|cheapest|affordable|lawyers?|attorneys?|clinics?)\b|\s\|\s[^|]+$/gi;
/** "Best … in Dubai": a place, capitalised (so without the `i` flag). */
const TITLE_BEST_IN_PLACE = /\b(?:[Bb]est|BEST|[Tt]op|TOP)\b.*\bin (?=\p{Lu})/u;

/** The commercial cues in a post, each family weighed once. */
export function commercialCues(text: PostText): Evidence[] {
  const found: Evidence[] = [];
  if (hasPhoneNumber(text)) found.push(evidence(2, 'relevanceAdPhone'));
  const contact = distinct(text.proseLower.match(CONTACT));
  if (text.links.some((link) => CONTACT_LINK.test(link))) contact.push('/contact');
  if (contact.length > 0) {
    found.push(
      evidence(Math.min(2, contact.length), 'relevanceAdContact', { phrases: listed(contact) }),
    );
  }
  const money = text.proseLower.match(MONEY) ?? [];
  if (money.length > 0) {
    const prices = listed(distinct(money));
    found.push(evidence(money.length >= 3 ? 2 : 1, 'relevanceAdPrices', { prices }));
  }
  const pitch = distinct(text.proseLower.match(PITCH));
  if (pitch.length > 0) {
    const weight = pitch.length >= 4 ? 3 : pitch.length >= 2 ? 2 : 1;
    found.push(evidence(weight, 'relevanceAdPitch', { phrases: listed(pitch) }));
  }
  const offer = distinct(text.title.match(TITLE_OFFER)?.map((match) => match.trim()));
  const bestInPlace = TITLE_BEST_IN_PLACE.exec(text.title)?.[0];
  if (bestInPlace) offer.push(bestInPlace.trim());
  if (offer.length > 0) found.push(evidence(2, 'relevanceAdTitle', { words: listed(offer) }));
  return found;
}

function hasPhoneNumber(text: PostText): boolean {
  if (text.links.some((link) => PHONE_LINK.test(link))) return true;
  return (text.prose.match(PHONE) ?? []).some((match) => {
    const digits = match.replace(/\D/g, '').length;
    return digits >= 9 && digits <= 15;
  });
}

function distinct(matches: readonly string[] | null | undefined): string[] {
  return [...new Set(matches ?? [])];
}
