/**
 * The stable key of a post's author: the DEV username in the post URL
 * (`https://dev.to/<username>/<slug>`), since display names change and collide.
 * Falls back to the lower-cased display name for other sites.
 */
export function authorKey(post: { url: string; author: string }): string {
  try {
    const url = new URL(post.url);
    if (url.hostname === 'dev.to') {
      const username = url.pathname.split('/')[1];
      if (username) return username.toLowerCase();
    }
  } catch {
    // Not a URL: fall through to the display name.
  }
  return post.author.trim().toLowerCase();
}
