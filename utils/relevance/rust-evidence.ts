import { evidence, listed, pointsOf } from './evidence';
import type { PostText } from './post-text';
import type { Evidence, Tally } from './relevance';
import {
  RUST_CODE_LANGUAGES,
  RUST_FILE,
  RUST_LINKS,
  RUST_NAMES,
  RUST_NAMES_IN_CODE,
  RUST_PHRASES,
  RUST_SYNTAX,
  RUST_TAG,
  RUST_WORD,
} from './rust-vocabulary';

/**
 * How much a post shows Rust. `score` sums every signal; `substance` only the ones that are
 * costly to fake — code, ecosystem names, links — because naming the language is cheap: an
 * agency page selling "Rust development" says "Rust" ten times and shows nothing.
 *
 * Points, each signal capped so that no single one decides:
 * - what the post says it is about: "Rust" or a Rust name (`tokio`, `bevy`) in the title, else
 *   a Rust tag besides the feed's own (`tauri`, `rustlang`): 3;
 * - "Rust" in the text: 1 for one mention, 2 for two or three, 3 for more;
 * - a Rust code block: 4; else Rust-only syntax: 1, 2 or 3 for one, two, three+ distinct forms;
 * - Rust names in title, tags, text or code (`tokio`, `cargo build`, a `tauri` tag): 2, 3, 4
 *   for one, two, three+ distinct names;
 * - links to Rust's sites (crates.io, docs.rs, rust-lang.org, `*-rs` repositories): 2, or 3
 *   for two sites or more.
 */
export interface RustTally extends Tally {
  substance: number;
  titleNamesRust: boolean;
  /** Mentions of the word in title and text. */
  mentions: number;
}

/** Weighs the Rust evidence of a post; `hasRustCode` is the parser's stat for the full body. */
export function rustEvidence(text: PostText, hasRustCode = false): RustTally {
  const found: Evidence[] = [];
  const titleNamesRust = text.title.match(RUST_WORD) !== null;
  const textMentions = text.prose.match(RUST_WORD)?.length ?? 0;
  const subject = subjectEvidence(text, titleNamesRust);
  if (subject) found.push(subject);
  if (textMentions > 0) {
    const weight = textMentions === 1 ? 1 : textMentions <= 3 ? 2 : 3;
    found.push(evidence(weight, 'relevanceRustInText', { count: textMentions }));
  }
  const mentionPoints = pointsOf(found);
  const code = codeEvidence(text, hasRustCode);
  if (code) found.push(code);
  const names = rustNames(text);
  if (names.length > 0) {
    found.push(
      evidence(Math.min(4, names.length + 1), 'relevanceRustNames', { names: listed(names) }),
    );
  }
  const sites = rustSites(text.links);
  if (sites.length > 0) {
    found.push(
      evidence(sites.length === 1 ? 2 : 3, 'relevanceRustLinks', { sites: listed(sites) }),
    );
  }
  const score = pointsOf(found);
  return {
    score,
    substance: score - mentionPoints,
    titleNamesRust,
    mentions: textMentions + (titleNamesRust ? 1 : 0),
    evidence: found,
  };
}

function codeEvidence(text: PostText, hasRustCode: boolean): Evidence | undefined {
  if (hasRustCode || text.codeLanguages.some((language) => RUST_CODE_LANGUAGES.has(language))) {
    return evidence(4, 'relevanceRustCode');
  }
  if (!text.code) return undefined;
  const forms = RUST_SYNTAX.filter(({ pattern }) => pattern.test(text.code)).map(
    ({ name }) => name,
  );
  if (forms.length === 0) return undefined;
  return evidence(Math.min(3, forms.length), 'relevanceRustSyntax', { forms: listed(forms) });
}

/** What the post says it is about: Rust or a Rust name in its title, else a Rust tag. */
function subjectEvidence(text: PostText, titleNamesRust: boolean): Evidence | undefined {
  if (titleNamesRust) return evidence(3, 'relevanceRustInTitle');
  const name = text.titleWords.find((word) => RUST_NAMES.has(word));
  if (name) return evidence(3, 'relevanceRustNameInTitle', { name });
  const tag = text.tags.find(isRustTag);
  if (tag) return evidence(3, 'relevanceRustTag', { tag });
  return undefined;
}

/** A tag that files the post under Rust: a Rust name, or any tag containing "rust". */
export function isRustTag(tag: string): boolean {
  return RUST_NAMES.has(tag) || RUST_NAMES_IN_CODE.has(tag) || RUST_TAG.test(tag);
}

/** Distinct Rust names, in the order title, tags, text, code. */
function rustNames(text: PostText): string[] {
  const found = new Set<string>();
  for (const word of text.titleWords) if (RUST_NAMES.has(word)) found.add(word);
  for (const tag of text.tags) if (isRustTag(tag)) found.add(tag);
  for (const word of text.words) if (RUST_NAMES.has(word)) found.add(word);
  for (const phrase of text.proseLower.match(RUST_PHRASES) ?? []) found.add(phrase);
  for (const file of rustFiles(`${text.proseLower}\n${text.code}`)) found.add(file);
  if (text.code) {
    const codeLower = text.code.toLowerCase();
    for (const phrase of codeLower.match(RUST_PHRASES) ?? []) found.add(phrase);
    for (const word of codeLower.split(/[^a-z0-9_.-]+/)) {
      if (RUST_NAMES.has(word) || RUST_NAMES_IN_CODE.has(word)) found.add(word);
    }
  }
  return [...found];
}

/** `.rs` file names, without `docs.rs` and `lib.rs`, which are sites counted as links. */
function rustFiles(text: string): string[] {
  const files: string[] = [];
  for (let at = text.indexOf('.rs'); at !== -1; at = text.indexOf('.rs', at + 3)) {
    const next = text[at + 3];
    if (next !== undefined && /[\w/]/.test(next)) continue; // `.rsx`, `.rs/`: not a file
    const file = RUST_FILE.exec(text.slice(Math.max(0, at - 40), at + 3))?.[0];
    if (file && file !== 'docs.rs' && file !== 'lib.rs') files.push(file);
  }
  return files;
}

function rustSites(links: readonly string[]): string[] {
  const sites = new Set<string>();
  for (const link of links) {
    for (const { site, pattern } of RUST_LINKS) if (pattern.test(link)) sites.add(site);
  }
  return [...sites];
}
