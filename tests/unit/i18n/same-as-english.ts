/**
 * Messages a language keeps exactly as English writes them, on purpose. Any other message
 * identical to English fails tests/unit/i18n/messages-files.test.ts: it was most likely
 * left untranslated, and the browser would show English in the middle of the page. Add an
 * entry only when the words really are the same in that language, and say why
 * (docs/translating.md).
 */
export interface SameAsEnglish {
  /** Message names, plural forms spelled out (`tagPostCount_one`). */
  keys: readonly string[];
  /** Locale folders (`pt_BR`), or '*' for every language. */
  locales: readonly string[] | '*';
  why: string;
}

export const SAME_AS_ENGLISH: readonly SameAsEnglish[] = [
  { keys: ['extName'], locales: '*', why: 'the product name is never translated' },
  { keys: ['pollFailed'], locales: '*', why: 'two placeholders and a space: "$FEED$ $REASON$"' },
  {
    keys: ['feedErrorSentence', 'feedErrorSentenceWithDetail'],
    locales: ['de', 'fr', 'es', 'pt_BR'],
    why: 'placeholders and Latin punctuation only ("$PROBLEM$.")',
  },
  {
    keys: ['feedErrorSource'],
    locales: ['de', 'es', 'pt_BR', 'ja'],
    why: 'placeholders and a colon only ("$SOURCE$: $PROBLEM$")',
  },
  {
    keys: ['sizeKilobytes'],
    locales: ['de', 'es', 'pt_BR', 'ja', 'zh_CN'],
    why: 'KB is the unit’s symbol there too (French writes Ko)',
  },
  {
    keys: ['optionsSectionTags', 'tagListLabel'],
    locales: ['de', 'fr', 'pt_BR'],
    why: '“Tags” is the word German, French and Brazilian developers use',
  },
  { keys: ['postTags'], locales: ['de', 'pt_BR'], why: '“Tags: $TAGS$”, the same word' },
  {
    keys: ['hiddenByTag', 'settingsKeysTags'],
    locales: ['fr', 'pt_BR'],
    why: '“tag $TAG$”, “tags”: the same word',
  },
  {
    keys: ['popupOptions', 'popupSourceLabel', 'optionsSectionSources'],
    locales: ['fr'],
    why: 'French spells “Options” and “Source(s)” the same',
  },
  { keys: ['optionsSectionNotifications'], locales: ['fr'], why: 'the same word in French' },
  {
    keys: [
      'tagPostCount_one',
      'tagPostCount_other',
      'mutedSuggestion_one',
      'mutedSuggestion_other',
    ],
    locales: ['pt_BR'],
    why: '“post” is the Brazilian word for a post: "$COUNT$ posts"',
  },
  { keys: ['optionsSectionBackup'], locales: ['pt_BR'], why: '“Backup” is the Brazilian word' },
];
