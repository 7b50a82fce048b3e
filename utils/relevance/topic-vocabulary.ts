import { wordSet } from './word-set';

/**
 * What other subjects than Rust look like. Kept short and general, like `rust-vocabulary.ts`:
 * major languages, frameworks and platforms, not every library.
 */

/** Names of other technologies that mean that technology wherever they appear. */
const UNAMBIGUOUS_TECH =
  'javascript typescript nodejs node.js deno npm jquery reactjs vuejs angular svelte sveltekit ' +
  'nextjs next.js python django flask fastapi java kotlin swiftui csharp dotnet asp.net php ' +
  'laravel wordpress golang elixir erlang clojure clojurescript haskell scala flutter ' +
  'postgresql mysql mongodb dynamodb redis graphql aws azure gcp docker kubernetes k8s ' +
  'terraform ansible gitops devops serverless powershell';

/**
 * Names read only in titles and tags: English words too ("react", "go", "swift") or common
 * beside Rust in a Rust post's text (HTML and CSS in a Tauri app, SQL with sqlx).
 */
const TITLE_TAG_TECH =
  'node react vue spring swift ruby rails go dart lua perl css html tailwind sass sql postgres git excel unity godot c# .net';

/**
 * Languages, platforms and tools a post can be about instead of Rust, as titles and tags name
 * them. Read only where the title or tags show no Rust: "Tauri + Svelte" is still Rust.
 */
export const OTHER_TECH = wordSet(`${UNAMBIGUOUS_TECH} ${TITLE_TAG_TECH}`);

/** Other technologies as the text names them, with `C#` and `.NET`, which words split apart. */
export const OTHER_TECH_IN_TEXT = new RegExp(
  `\\b(?:${UNAMBIGUOUS_TECH.replace(/\./g, '\\.').replace(/ /g, '|')})\\b|(?<![\\w.])(?:c#|\\.net)(?![\\w#])`,
  'g',
);

/** `C#` and `.NET` in a title, which word splitting takes apart. */
export const DOTTED_TECH = /(?<![\w.])(?:c#|\.net|asp\.net)(?![\w#])/g;

/** Code languages that say nothing about the topic: shells, configs, data and plain text. */
export const NEUTRAL_CODE = wordSet(
  'rust rs toml bash sh shell console zsh powershell text plaintext txt json yaml yml diff ini ' +
    'markdown md html xml dockerfile makefile nix sql prometheus mermaid asciidoc',
);

/**
 * Words any post about programming uses. A text with almost none of them is not a
 * programming post at all (news, recipes, adverts), whatever its tags say.
 */
export const PROGRAMMING_WORDS = wordSet(
  'code coding programming programmer programmers developer developers software api apis ' +
    'library libraries framework frameworks function functions compiler compile database ' +
    'server servers deploy deployment debug debugging bug bugs github repository commit ' +
    'runtime script scripts terminal cli syntax algorithm binary linux kernel open-source ' +
    'crate crates module package javascript typescript python java html css sql json',
);
