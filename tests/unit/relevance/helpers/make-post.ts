import type { JudgeContext, JudgedPost } from '@/utils/relevance/relevance';

/** The context of DEV's `rust` tag feed, where mis-tagged posts show up. */
export const DEV_RUST: JudgeContext = { source: { kind: 'dev-tag', tag: 'rust' } };

/** A DEV post in the `rust` tag feed; every field can be overridden. */
export function makePost(fields: Partial<JudgedPost> = {}): JudgedPost {
  return {
    id: 'https://dev.to/jane/a-post-1a2b',
    url: 'https://dev.to/jane/a-post-1a2b',
    title: 'A post',
    author: 'Jane Doe',
    publishedAt: '2026-05-06T14:49:27.000Z',
    tags: ['rust'],
    summaryHtml: '',
    ...fields,
  };
}

const NEUTRAL_WORDS = (
  'morning evening garden window river bridge market letter window table kitchen winter ' +
  'summer autumn spring neighbour journey village harbour mountain forest meadow lantern ' +
  'painting melody holiday festival picnic bicycle station orchard museum theatre chapter ' +
  'story friend cousin teacher student visitor traveller weather cloud sunshine rainfall'
).split(' ');

/**
 * `words` words of plain prose about nothing in particular (no Rust, no programming, no
 * sales talk), varied enough that no phrase repeats: for texts that need length.
 */
export function filler(words: number, seed = 1): string {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return NEUTRAL_WORDS[state % NEUTRAL_WORDS.length]!;
  };
  const paragraphs: string[] = [];
  for (let written = 0; written < words; written += 12) {
    paragraphs.push(`<p>The ${next()} and the ${next()} near a ${next()} by the ${next()}.</p>`);
  }
  return paragraphs.join('\n');
}

/** A DEV-style Rust code block. */
export function rustBlock(code: string): string {
  return `<div class="highlight js-code-highlight">\n<pre class="highlight rust"><code>${code}</code></pre>\n</div>`;
}
