import type { SafeHtml } from '@/utils/sanitize/safe-html';

export interface SanitizedHtmlProps {
  /** Output of the sanitizer; the `SafeHtml` brand keeps raw feed HTML out at compile time. */
  html: SafeHtml;
  class?: string;
}

/**
 * The one component that puts HTML into the DOM (STYLE.md). Everything else renders feed
 * text as text; keep it that way so a review of this file covers every HTML sink.
 */
export function SanitizedHtml({ html, class: className }: SanitizedHtmlProps) {
  return <div class={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
