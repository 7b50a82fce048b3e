import { describe, expect, it } from 'vitest';
import englishFile from '@/public/_locales/en/messages.json';
import { english } from '@/utils/i18n/english';
import { messagesFileSource, type MessagesFile } from '@/utils/i18n/messages-file';
import { createTranslator } from '@/utils/i18n/translator';

/** A messages file as a translator would write it; the same shape Chrome loads. */
function translatorFor(file: MessagesFile, uiLanguage: string) {
  return createTranslator({ getMessage: messagesFileSource(file), uiLanguage });
}

const count = { count: { content: '$1', example: '3' } };

describe('the English translator', () => {
  it.each<[number, string]>([
    [1, '1 new Rust post'],
    [7, '7 new Rust posts'],
    [0, '0 new Rust posts'],
    [1234, '1,234 new Rust posts'],
  ])('says %i as %j', (n, text) => {
    expect(english.plural('notifySummaryTitle', n)).toBe(text);
  });

  it('fills named placeholders, whatever order they are given in', () => {
    expect(english('feedErrorRetrying', { when: 'in 10 minutes', message: 'DEV failed' })).toBe(
      'DEV failed — retrying in 10 minutes',
    );
    expect(english.plural('previewSummary', 12, { shown: 11 })).toBe('11 of 12 stored posts shown');
  });

  it('formats dates for English', () => {
    expect(english.locale).toBe('en');
  });
});

describe('another language', () => {
  const german: MessagesFile = {
    locale: { message: 'de' },
    undoMarked_one: { message: '$COUNT$ Beitrag als gelesen markiert', placeholders: count },
    undoMarked_other: { message: '$COUNT$ Beiträge als gelesen markiert', placeholders: count },
    popupRefresh: { message: 'Aktualisieren' },
  };

  it('is one more messages file: the same keys, its own words', () => {
    const t = translatorFor(german, 'de-DE');
    expect(t('popupRefresh')).toBe('Aktualisieren');
    expect(t.plural('undoMarked', 1)).toBe('1 Beitrag als gelesen markiert');
    expect(t.plural('undoMarked', 1234)).toBe('1.234 Beiträge als gelesen markiert');
  });

  it('formats for the browser’s region when it speaks the messages’ language', () => {
    expect(translatorFor(german, 'de-AT').locale).toBe('de-AT');
  });

  it('keeps dates in English when the browser’s language has no file (English fallback)', () => {
    // Chrome falls back to default_locale (en); "Updated vor 3 Std." would mix languages.
    expect(translatorFor(englishFile, 'de-DE').locale).toBe('en');
  });

  it('picks the plural forms the language has, falling back to "other"', () => {
    const polish: MessagesFile = {
      locale: { message: 'pl' },
      undoMarked_one: { message: 'Oznaczono $COUNT$ wpis', placeholders: count },
      undoMarked_few: { message: 'Oznaczono $COUNT$ wpisy', placeholders: count },
      undoMarked_other: { message: 'Oznaczono $COUNT$ wpisu', placeholders: count },
    };
    const t = translatorFor(polish, 'pl');
    expect(t.plural('undoMarked', 1)).toBe('Oznaczono 1 wpis');
    expect(t.plural('undoMarked', 3)).toBe('Oznaczono 3 wpisy');
    // No "many" form in this file: "other" stands in.
    expect(t.plural('undoMarked', 5)).toBe('Oznaczono 5 wpisu');
  });

  it('shows the key of a message the file lacks, so the gap is seen', () => {
    expect(translatorFor(german, 'de')('popupOptions')).toBe('popupOptions');
  });
});

describe('messagesFileSource (browser.i18n.getMessage over a file)', () => {
  const file: MessagesFile = {
    Price: {
      message: 'costs $$$AMOUNT$ at $Shop$',
      placeholders: { amount: { content: '$1' }, shop: { content: '$2' } },
    },
  };

  it('reads names case-insensitively and resolves $$, placeholders and substitutions', () => {
    expect(messagesFileSource(file)('price', ['5', 'Ferris & Co'])).toBe('costs $5 at Ferris & Co');
  });

  it('gives an empty string for an unknown name, as the browser does', () => {
    expect(messagesFileSource(file)('nothing')).toBe('');
  });
});
