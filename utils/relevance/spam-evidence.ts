import { commercialCues } from './commercial-cues';
import { pointsOf } from './evidence';
import { repeatedPhrase, titleNotInText } from './keyword-stuffing';
import type { PostText } from './post-text';
import type { AuthorPostPrint, Evidence, JudgedPost, Tally } from './relevance';
import { authorSelfMentions, templateRepeats } from './template-repeats';

/**
 * Everything that says "advert or self-promotion", whatever the subject: commercial cues
 * (`commercial-cues.ts`), the author naming themselves in title and text, one template repeated by one
 * author, a stuffed phrase and a title the text never takes up.
 */
export function spamEvidence(
  post: JudgedPost,
  text: PostText,
  history: readonly AuthorPostPrint[] = [],
): Tally {
  const found: Evidence[] = [...commercialCues(text), ...authorSelfMentions(post, text)];
  for (const item of [
    templateRepeats(post.title, text.contentWords, history),
    repeatedPhrase(text),
    titleNotInText(text, post.author),
  ]) {
    if (item) found.push(item);
  }
  return { score: pointsOf(found), evidence: found };
}
