// Types only: components import these without pulling DOMPurify into the popup's first chunk.

declare const safeHtmlBrand: unique symbol;

/**
 * HTML that came out of the sanitizer. A branded string, so the one component that puts HTML
 * into the DOM cannot be handed raw feed HTML by mistake: only `createSanitizer` makes these.
 */
export type SafeHtml = string & { readonly [safeHtmlBrand]: true };

export interface SanitizeOptions {
  /** The post's URL: relative links and images resolve against it. Null drops them. */
  baseUrl: string | null;
  /** Put remote images in as `<img src>`; otherwise they become placeholders. Default false. */
  loadImages?: boolean;
}

export interface SanitizedSummary {
  html: SafeHtml;
  /** Remote (http/https) images found; the "Load N images" button offers them. */
  imageCount: number;
}

export interface Sanitizer {
  sanitize(dirtyHtml: string, options: SanitizeOptions): SanitizedSummary;
}
