import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fnv1a32 } from '@/utils/feed/post-id';
import { parseFeed } from '@/utils/feed/parse-feed';
import type { FeedItem } from '@/utils/feed/post';
import type { JudgeContext } from '@/utils/relevance/relevance';
import { asDevItem, devTag, withRustTag } from './dev-feed';
import { markdownToHtml } from './markdown-to-html';

/** The repository root: `where` paths in the label file are relative to it. */
export const REPO_ROOT = resolve(__dirname, '../../../..');
/** The shared test corpus, next to the repository on every dev machine and in CI. */
export const SHARED_CORPUS = resolve(REPO_ROOT, '../shared/corpus');
const LABELS = resolve(REPO_ROOT, 'tests/fixtures/relevance/labels.tsv');

export type Label = 'rust' | 'off-topic' | 'spam';
/**
 * How the post reaches the judge: `dev` as it is in the DEV fixture; `dev-rust` as a DEV post
 * made to carry the `rust` tag (how mis-tagged posts look); `curated` or `custom` as an item
 * of that kind of source.
 */
export type Presentation = 'dev' | 'dev-rust' | 'curated' | 'custom';
/** The half a row belongs to, fixed by a hash of its location: tune on one, report both. */
export type Half = 'development' | 'held-out';

export interface LabelledRow {
  where: string;
  item: string;
  label: Label;
  present: Presentation;
  why: string;
  half: Half;
}

export interface LabelledPost extends LabelledRow {
  post: FeedItem;
  context: JudgeContext;
}

/** The rows of `tests/fixtures/relevance/labels.tsv`, columns found by their header names. */
export function readLabels(): LabelledRow[] {
  const [header, ...lines] = readFileSync(LABELS, 'utf8').trimEnd().split('\n');
  const columns = header!.split('\t');
  const cell = (cells: string[], name: string) => cells[columns.indexOf(name)] ?? '';
  return lines.map((line) => {
    const cells = line.split('\t');
    const where = cell(cells, 'where');
    const item = cell(cells, 'item');
    return {
      where,
      item,
      label: cell(cells, 'label') as Label,
      present: cell(cells, 'present') as Presentation,
      why: cell(cells, 'why'),
      half: parseInt(fnv1a32(`${where}\t${item}`), 16) % 2 === 0 ? 'development' : 'held-out',
    };
  });
}

/**
 * Every labelled post, read from the fixture and the shared corpus at run time (their text
 * is never copied into the project). Throws when a labelled file or item is missing.
 */
export function loadLabelledPosts(): LabelledPost[] {
  const feeds = new Map<string, FeedItem[]>();
  return readLabels().map((row) => {
    const post = row.item === '-' ? corpusPost(row.where) : feedItem(row, feeds);
    return { ...row, post: presented(post, row.present), context: contextFor(row.present) };
  });
}

function feedItem(row: LabelledRow, feeds: Map<string, FeedItem[]>): FeedItem {
  let items = feeds.get(row.where);
  if (!items) {
    const path = resolve(REPO_ROOT, row.where);
    if (!existsSync(path)) throw new Error(`labelled feed ${row.where} is missing`);
    const result = parseFeed(new Uint8Array(readFileSync(path)), {
      feedUrl: 'https://example.org/feed',
      now: Date.UTC(2026, 6, 1),
    });
    if (!result.ok) throw new Error(`labelled feed ${row.where} does not parse`);
    items = result.items;
    feeds.set(row.where, items);
  }
  const found = items.find((item) => item.id === row.item || item.url === row.item);
  if (!found) throw new Error(`item ${row.item} is missing from ${row.where}`);
  return found;
}

/** A corpus post (front matter + Markdown body) as DEV's feed would carry it. */
function corpusPost(where: string): FeedItem {
  const path = resolve(REPO_ROOT, where);
  if (!existsSync(path)) throw new Error(`labelled post ${where} is missing`);
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text.replace(/\r\n?/g, '\n'));
  if (!match) throw new Error(`${where} has no front matter`);
  const meta = frontMatter(match[1]!);
  const tags = meta.tags === 'none' ? [] : (meta.tags ?? '').split(',').map((tag) => tag.trim());
  const author = meta.author ?? '';
  return asDevItem({
    title: meta.title ?? '',
    author,
    url: `https://dev.to/${devTag(author) || 'someone'}/${basename(where, '.md')}`,
    tags: tags.map(devTag).filter(Boolean),
    html: markdownToHtml(match[2]!),
  });
}

function frontMatter(block: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of block.split('\n')) {
    const field = /^(\w+):\s*(.*)$/.exec(line);
    if (!field) continue;
    const value = field[2]!.trim();
    fields[field[1]!] = value.startsWith('"') ? (JSON.parse(value) as string) : value;
  }
  return fields;
}

function presented(post: FeedItem, present: Presentation): FeedItem {
  return present === 'dev-rust' ? { ...post, tags: withRustTag(post.tags) } : post;
}

function contextFor(present: Presentation): JudgeContext {
  switch (present) {
    case 'dev':
    case 'dev-rust':
      return { source: { kind: 'dev-tag', tag: 'rust' } };
    case 'curated':
      return { source: { kind: 'curated', title: 'Rust Blog' } };
    case 'custom':
      return { source: { kind: 'custom' } };
  }
}
