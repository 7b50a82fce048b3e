/** The feed Rust Radar follows: DEV's `rust` tag. A module of its own so pages can import it cheaply. */
export const DEV_RUST_FEED = { url: 'https://dev.to/feed/tag/rust', name: 'DEV' } as const;
