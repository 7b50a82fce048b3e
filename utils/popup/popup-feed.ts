/**
 * The feed whose state the popup's header shows: the same URL as `DEV_RUST_FEED.url`
 * (utils/poll/run-poll-cycle.ts), which a unit test keeps in step.
 *
 * Not imported from there on purpose: that module pulls the whole poll pipeline, the feed
 * parser and fast-xml-parser into the popup's bundle (≈90 kB) for one string. If the
 * constant moves into a module of its own, import it and delete this file.
 */
export const POPUP_FEED_URL = 'https://dev.to/feed/tag/rust';
