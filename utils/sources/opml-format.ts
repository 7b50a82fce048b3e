/**
 * Shared by OPML export and import. OPML 2.0 (https://opml.org/spec2.opml) has no notion of a
 * switched-off feed; it allows attributes "defined in a namespace", so Rust Radar marks
 * disabled sources with `rustradar:enabled="false"` in its own namespace. Other readers
 * ignore the attribute and import the feed as usual.
 */
export const RUST_RADAR_OPML_NAMESPACE = 'urn:x-rust-radar:opml:1';
export const RUST_RADAR_OPML_PREFIX = 'rustradar';

/** An OPML file of feeds is a few KB; anything far larger is some other file picked by mistake. */
export const MAX_OPML_CHARS = 1_000_000;
/** At most this many sources: each is polled on its own schedule. */
export const MAX_SOURCES = 500;
