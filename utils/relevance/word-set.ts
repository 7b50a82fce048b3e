/**
 * A set of words written as one space-separated string: vocabulary lists stay readable in
 * the source and cost a third of the bytes of an array literal in the shipped worker.
 */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}
