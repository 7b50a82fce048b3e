import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { OptionsPost } from '@/utils/options/options-post';
import { countTags, type TagCount } from '@/utils/options/tag-counts';
import type { TagCountCache } from './options-deps';

/**
 * The tag counts of the stored posts: the last visit's (`cache`) until `posts` are read, so
 * the tag rows need not wait for every post; then the posts' own, stored for the next visit
 * when they changed. `postsRead` is false when reading them failed: no counts are stored then.
 * `initial`: the cache as read before the first render (not read again when it held counts).
 */
export function useTagCounts(
  cache: TagCountCache | undefined,
  posts: readonly OptionsPost[] | null,
  postsRead: boolean,
  initial?: TagCount[] | null,
): TagCount[] {
  const [cached, setCached] = useState<TagCount[] | null>(initial ?? null);
  const counts = useMemo(() => (posts ? countTags(posts) : null), [posts]);
  // What the cache holds as far as this page knows: unchanged counts are not written again.
  const stored = useRef<string | null>(initial ? JSON.stringify(initial) : null);

  useEffect(() => {
    if (stored.current !== null) return;
    let live = true;
    void cache?.read().then((read) => {
      if (!live || !read) return;
      stored.current ??= JSON.stringify(read);
      setCached(read);
    });
    return () => {
      live = false;
    };
  }, [cache]);

  useEffect(() => {
    if (!cache || !counts || !postsRead) return;
    const json = JSON.stringify(counts);
    if (json === stored.current) return;
    stored.current = json;
    void cache.write(counts);
  }, [cache, counts, postsRead]);

  return counts ?? cached ?? [];
}
