/**
 * Title of an item that has neither a title nor any text to take one from. Its own module:
 * de-duplication (imported by the database opener, so by every page) must not pull the feed
 * parser in with it.
 */
export const UNTITLED = '(untitled)';
