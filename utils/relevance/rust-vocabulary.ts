import { wordSet } from './word-set';

/**
 * What Rust looks like on the page, beyond the word "Rust": the ecosystem's names, its syntax
 * and its sites. Lists are kept short and general — the toolchain and the crates most Rust
 * posts use — because the judge must work on posts nobody has seen; a post about an obscure
 * crate still shows its Rust through code, links or the word itself.
 */

/** "Rust", "Rustacean", `rustc`, `rustup` and "rust-lang" as words; not "rusty" or "trust". */
export const RUST_WORD = /\brust(?:aceans?|c|up|lang)?\b/gi;

/** Names that mean Rust wherever they appear: the toolchain and well-known crates. */
export const RUST_NAMES = wordSet(
  // Toolchain and sites.
  'rustc rustup rustfmt rustdoc clippy rust-analyzer crates.io docs.rs rustacean rustaceans ' +
    'ferris no_std proc_macro proc-macro ' +
    // Async and web.
    'tokio serde serde_json axum actix actix-web reqwest sqlx rustls async-std ' +
    // Apps, UI and games.
    'tauri bevy ratatui leptos dioxus egui wgpu winit ' +
    // WebAssembly, bindings, embedded.
    'wasm-bindgen wasm-pack wasmtime pyo3 maturin napi-rs embedded-hal probe-rs defmt',
);

/**
 * Rust names that are also ordinary words or other projects' names ("cargo" ships parcels, a
 * "tower" is a building): they count only as a tag or inside code, where they are names.
 */
export const RUST_NAMES_IN_CODE = wordSet(
  'cargo crate crates hyper tower tonic tracing anyhow thiserror clap rayon rocket warp diesel ' +
    'servo embassy heapless syn yew iced',
);

/**
 * Phrases of Rust's own vocabulary, read in prose and code: the commands and files of Cargo
 * and the language's distinctive terms. Each match counts as one name (the phrase itself).
 */
export const RUST_PHRASES =
  /\bcargo (?:add|build|run|test|install|new|init|publish|check|clippy|fmt|doc|bench|update|tree|watch)\b|\bcargo\.(?:toml|lock)\b|\bborrow checker\b|\bprocedural macros?\b|\bunsafe rust\b|\bmacro_rules!/g;

/**
 * A Rust source file (`main.rs`, `src/auth/session.rs`). Found from its `.rs`, looking back
 * for the name: a pattern that tried every word as a file name would be slow.
 */
export const RUST_FILE = /([\w-]+)\.rs$/;

/** Tags that mean Rust besides the names: any tag containing "rust" (`rustlang`, `rust2020`). */
export const RUST_TAG = /rust/;

/**
 * Syntax only (or almost only) Rust has. One match can be a coincidence in another language;
 * two or more distinct ones are Rust code.
 */
export const RUST_SYNTAX: readonly { name: string; pattern: RegExp }[] = [
  { name: 'fn', pattern: /\bfn\s+[a-z_]\w*\s*[<(]/ },
  { name: 'let mut', pattern: /\blet\s+mut\b/ },
  {
    name: 'impl',
    pattern:
      /\bimpl\b(?:\s*<[^>]*>)?\s+[\w:<>, ]+?\s+for\s+\w|\bimpl\s+[A-Z]\w*\s*(?:<[^>]*>\s*)?\{/,
  },
  { name: '#[…]', pattern: /#!?\[(?:derive|cfg|test|allow|tokio::main|macro_export)\b/ },
  {
    name: 'macro!',
    pattern: /\b(?:println|eprintln|format|vec|assert_eq|assert|panic|write|todo)!\s*[([]/,
  },
  { name: 'use …::', pattern: /\buse\s+(?:std|crate|super|self|core|alloc|[a-z_]+)::/ },
  { name: '&mut', pattern: /&mut\s|&'[a-z]\w*\b|&self\b/ },
  { name: 'Vec<…>', pattern: /\b(?:Vec|Option|Result|Box|Arc|Rc|RefCell)<[\w&'<>, ]+>/ },
  { name: '.unwrap()', pattern: /\.unwrap\(\)|\.expect\("|\.await\b|\)\?;/ },
  { name: 'pub fn', pattern: /\bpub(?:\(crate\))?\s+(?:fn|struct|enum|mod|trait|use)\b/ },
  { name: '::new()', pattern: /\b[A-Z]\w*::(?:new|from|default|with_capacity)\(/ },
  { name: 'match', pattern: /\bmatch\s+[\w.&*()]+\s*\{[^}]*=>/ },
];

/** Code block languages that are Rust. */
export const RUST_CODE_LANGUAGES = wordSet('rust rs');

/**
 * Sites that are Rust's own: the registry, the docs host, the project, and GitHub repositories
 * named the Rust way (`tokio-rs/…`, `…-rs`, `rust-…`).
 */
export const RUST_LINKS: readonly { site: string; pattern: RegExp }[] = [
  { site: 'crates.io', pattern: /^https?:\/\/(?:[\w-]+\.)?crates\.io\// },
  { site: 'docs.rs', pattern: /^https?:\/\/docs\.rs\// },
  { site: 'lib.rs', pattern: /^https?:\/\/lib\.rs\// },
  { site: 'rust-lang.org', pattern: /^https?:\/\/(?:[\w-]+\.)*rust-lang\.org\// },
  {
    site: 'github.com',
    pattern:
      /^https?:\/\/github\.com\/(?:rust-lang|[\w.-]+-rs)\/|^https?:\/\/github\.com\/[\w.-]+\/(?:[\w.]+[-_]rs|rust[-_][\w.-]+)(?:[/#?]|$)/,
  },
];
