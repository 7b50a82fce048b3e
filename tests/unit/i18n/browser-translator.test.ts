import { describe, expect, it, vi } from 'vitest';
import { browserTranslator } from '../../../utils/i18n/browser-translator';

function fakeI18n() {
  return {
    getMessage: vi.fn((key: string, substitutions?: string | string[]) =>
      key === 'locale' ? 'en' : `${key}(${[substitutions ?? []].flat().join(',')})`,
    ),
    getUILanguage: () => 'en-GB',
  };
}

describe('browserTranslator', () => {
  it('asks browser.i18n once per message and substitutions, then remembers the answer', () => {
    const i18n = fakeI18n();
    const t = browserTranslator(i18n);
    i18n.getMessage.mockClear();

    expect(t('popupRefresh')).toBe('popupRefresh()');
    expect(t('popupRefresh')).toBe('popupRefresh()');
    expect(t('postMuteAuthor', { author: 'ana' })).toBe('postMuteAuthor(ana)');
    expect(t('postMuteAuthor', { author: 'ana' })).toBe('postMuteAuthor(ana)');
    expect(t('postMuteAuthor', { author: 'bo' })).toBe('postMuteAuthor(bo)');

    expect(i18n.getMessage).toHaveBeenCalledTimes(3);
  });

  it('keeps substitutions apart that would join alike', () => {
    const i18n = fakeI18n();
    const t = browserTranslator(i18n);

    expect(t('postMuteAuthor', { author: 'a,b' })).toBe('postMuteAuthor(a,b)');
    expect(t('postSource', { source: 'a,b' })).toBe('postSource(a,b)');
    expect(i18n.getMessage).toHaveBeenCalledWith('postSource', ['a,b']);
  });

  it('forgets everything past a thousand answers rather than growing without end', () => {
    const i18n = fakeI18n();
    const t = browserTranslator(i18n);
    for (let i = 0; i < 1001; i++) t('postMuteAuthor', { author: `a${i}` });
    i18n.getMessage.mockClear();

    t('postMuteAuthor', { author: 'a0' });

    expect(i18n.getMessage).toHaveBeenCalledTimes(1);
  });
});
