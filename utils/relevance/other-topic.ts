import type { PostText } from './post-text';
import type { Evidence, Tally } from './relevance';
import { isRustTag, type RustTally } from './rust-evidence';
import { RUST_NAMES, RUST_TAG } from './rust-vocabulary';

/**
 * Languages, platforms and tools a post can be about instead of Rust, as titles and tags name
 * them. Read only where the title or tags show no Rust: "Tauri + Svelte" is still Rust.
 */
const OTHER_TECH: ReadonlySet<string> = new Set([
  ...['javascript', 'typescript', 'node', 'nodejs', 'node.js', 'deno', 'npm', 'jquery'],
  ...['react', 'reactjs', 'vue', 'vuejs', 'angular', 'svelte', 'sveltekit', 'nextjs', 'next.js'],
  ...['python', 'django', 'flask', 'fastapi', 'java', 'kotlin', 'spring', 'swift', 'swiftui'],
  ...['c#', 'csharp', '.net', 'dotnet', 'asp.net', 'php', 'laravel', 'wordpress', 'ruby'],
  ...['rails', 'go', 'golang', 'elixir', 'erlang', 'clojure', 'clojurescript', 'haskell'],
  ...['scala', 'dart', 'flutter', 'lua', 'perl', 'css', 'html', 'tailwind', 'sass'],
  ...['sql', 'postgresql', 'postgres', 'mysql', 'mongodb', 'dynamodb', 'redis', 'graphql'],
  ...['aws', 'azure', 'gcp', 'docker', 'kubernetes', 'k8s', 'terraform', 'ansible'],
  ...['git', 'gitops', 'devops', 'serverless', 'excel', 'powershell', 'unity', 'godot'],
]);

/**
 * Other technologies as the text names them; only names that are not also English words
 * ("react", "go", "swift" are left out) and `C#`/`.NET`, which words split apart.
 */
const OTHER_TECH_IN_TEXT =
  /\b(?:javascript|typescript|node\.?js|python|django|flask|java|kotlin|php|laravel|wordpress|golang|elixir|clojure(?:script)?|haskell|scala|flutter|postgresql|mysql|mongodb|dynamodb|graphql|aws|azure|kubernetes|docker|terraform|svelte|jquery|npm)\b|(?<![\w.])(?:c#|\.net|asp\.net)(?![\w#])/g;

/** Code languages that say nothing about the topic: shells, configs, data and plain text. */
const NEUTRAL_CODE: ReadonlySet<string> = new Set([
  ...['', 'rust', 'rs', 'toml', 'bash', 'sh', 'shell', 'console', 'zsh', 'powershell', 'text'],
  ...['plaintext', 'txt', 'json', 'yaml', 'yml', 'diff', 'ini', 'markdown', 'md', 'html'],
  ...['xml', 'dockerfile', 'makefile', 'nix', 'sql', 'prometheus', 'mermaid', 'asciidoc'],
]);

/**
 * Words any post about programming uses. A text with almost none of them is not a
 * programming post at all (news, recipes, adverts), whatever its tags say.
 */
const PROGRAMMING_WORDS: ReadonlySet<string> = new Set([
  ...['code', 'coding', 'programming', 'programmer', 'programmers', 'developer', 'developers'],
  ...['software', 'api', 'apis', 'library', 'libraries', 'framework', 'frameworks'],
  ...['function', 'functions', 'compiler', 'compile', 'database', 'server', 'servers'],
  ...['deploy', 'deployment', 'debug', 'debugging', 'bug', 'bugs', 'github', 'repository'],
  ...['commit', 'runtime', 'script', 'scripts', 'terminal', 'cli', 'syntax', 'algorithm'],
  ...['binary', 'linux', 'kernel', 'open-source', 'crate', 'crates', 'module', 'package'],
  ...['javascript', 'typescript', 'python', 'java', 'html', 'css', 'sql', 'json'],
]);

/** Fewer programming words than this per 100 words: not a programming text. */
const PROGRAMMING_WORDS_PER_100 = 1;

/**
 * How much a post shows another subject than Rust. Points:
 * - no Rust at all (title, tags, text, code, links) in 150+ words: 3; in 60+ words: 2 —
 *   below that the text is too thin to say anything;
 * - Rust named only in passing (a mention or two, nothing else) in 150+ words: 2;
 * - the title names another technology and nothing of Rust: 2;
 * - tags name other technologies and none is Rust's: 1, or 2 for two tags or more;
 * - code in other languages and none in Rust: 2;
 * - other technologies named three times or more in a text with little Rust: 1, six+: 2;
 * - no Rust and hardly a programming word: not a programming text: 2.
 */
export function otherTopicEvidence(text: PostText, rust: RustTally): Tally {
  const evidence: Evidence[] = [];
  const words = text.words.length;
  if (rust.score === 0 && words >= 60) {
    evidence.push({ weight: words >= 150 ? 3 : 2, reason: { key: 'relevanceNoRust' } });
  } else if (rust.score <= 2 && rust.substance === 0 && !rust.titleNamesRust && words >= 150) {
    evidence.push({ weight: 2, reason: { key: 'relevanceRustInPassing' } });
  }
  const titleTech = otherTechInTitle(text);
  if (titleTech.length > 0) {
    evidence.push({
      weight: 2,
      reason: { key: 'relevanceOtherTopicTitle', params: { topics: titleTech.join(', ') } },
    });
  }
  const tagTech = otherTechTags(text.tags);
  if (tagTech.length > 0) {
    evidence.push({
      weight: Math.min(2, tagTech.length),
      reason: { key: 'relevanceOtherTopicTags', params: { tags: tagTech.slice(0, 3).join(', ') } },
    });
  }
  const foreignCode = [...new Set(text.codeLanguages.filter((lang) => !NEUTRAL_CODE.has(lang)))];
  if (foreignCode.length > 0 && rust.substance < 4) {
    evidence.push({
      weight: 2,
      reason: { key: 'relevanceOtherCode', params: { languages: foreignCode.join(', ') } },
    });
  }
  if (rust.score <= 2) {
    const named = text.proseLower.match(OTHER_TECH_IN_TEXT) ?? [];
    if (named.length >= 3) {
      evidence.push({
        weight: named.length >= 6 ? 2 : 1,
        reason: {
          key: 'relevanceOtherTopicText',
          params: { topics: [...new Set(named)].slice(0, 3).join(', ') },
        },
      });
    }
  }
  if (rust.score === 0 && words >= 60 && !isProgrammingText(text)) {
    evidence.push({ weight: 2, reason: { key: 'relevanceNotProgramming' } });
  }
  return { score: evidence.reduce((sum, item) => sum + item.weight, 0), evidence };
}

function otherTechInTitle(text: PostText): string[] {
  if (text.titleWords.some((word) => RUST_NAMES.has(word) || RUST_TAG.test(word))) return [];
  const found = new Set(text.titleLower.match(DOTTED_TECH) ?? []);
  for (const word of text.titleWords) {
    // "go" is a verb too: only the capitalised name counts.
    if (OTHER_TECH.has(word) && (word !== 'go' || GO.test(text.title))) found.add(word);
  }
  return [...found];
}

/** `C#` and `.NET`, which word splitting takes apart. */
const DOTTED_TECH = /(?<![\w.])(?:c#|\.net|asp\.net)(?![\w#])/g;
const GO = /\bGo\b/;

function otherTechTags(tags: readonly string[]): string[] {
  if (tags.some(isRustTag)) return [];
  return tags.filter((tag) => OTHER_TECH.has(tag));
}

function isProgrammingText(text: PostText): boolean {
  let count = 0;
  for (const word of text.words) {
    if (PROGRAMMING_WORDS.has(word)) count++;
  }
  return count * 100 >= text.words.length * PROGRAMMING_WORDS_PER_100;
}
