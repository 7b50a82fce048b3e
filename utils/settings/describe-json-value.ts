import type { Translator } from '../i18n/translator';

/**
 * A JSON value in words for error messages: `the text "fast"`, `12.5`, `a list`.
 * Long text is cut, so a pasted novel does not become the message.
 */
export function describeJsonValue(value: unknown, t: Translator): string {
  // JSON's own spelling of null, numbers and booleans reads the same in every language.
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('jsonList');
  switch (typeof value) {
    case 'string':
      return t('jsonText', {
        text: JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value),
      });
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return t('jsonObject');
    default:
      return t('jsonMissing');
  }
}
