/**
 * A JSON value in words for error messages: `the text "fast"`, `12.5`, `a list`.
 * Long text is cut, so a pasted novel does not become the message.
 */
export function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text ${JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value)}`;
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return 'missing';
  }
}
