import { wordSet } from './word-set';

/**
 * English function words, which say nothing about a post's subject: left out of title
 * matching, repeated-phrase counting and the learned word model.
 */
export const STOP_WORDS = wordSet(
  'a about after all also an and any are as at be been before being but by can could did do ' +
    'does doing for from had has have how i if in into is it its just like may me more most my ' +
    'new no not now of on one only or our out over so some such than that the their them then ' +
    'there these they this those through to too up us use used using very was way we were what ' +
    'when where which while who why will with would you your',
);

/** A word worth comparing: not a function word, not a number, three characters or more. */
export function isContentWord(word: string): boolean {
  if (word.length < 3 || STOP_WORDS.has(word)) return false;
  const first = word.charCodeAt(0);
  return first < 0x30 || first > 0x39 || !NUMBER.test(word);
}

const NUMBER = /^[\d.,'’-]+$/;
