// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RichMessage } from '@/components/shared/rich-message';
import { TranslatorProvider } from '@/components/shared/translator-context';
import { english } from '@/utils/i18n/english';
import { messagesFileSource } from '@/utils/i18n/messages-file';
import { createTranslator } from '@/utils/i18n/translator';

afterEach(cleanup);

const when = <time dateTime="2026-05-06T16:00:00.000Z">5 minutes ago</time>;

describe('RichMessage', () => {
  it('puts elements where the English sentence has its placeholders', () => {
    const { container } = render(
      <TranslatorProvider value={english}>
        <RichMessage id="popupUpdated" params={{ when }} />
      </TranslatorProvider>,
    );
    expect(container.innerHTML).toBe(
      'Updated <time datetime="2026-05-06T16:00:00.000Z">5 minutes ago</time>',
    );
  });

  it('lets a translation move them', () => {
    const t = createTranslator({
      getMessage: messagesFileSource({
        locale: { message: 'ja' },
        popupUpdated: { message: '$WHEN$に更新', placeholders: { when: { content: '$1' } } },
      }),
      uiLanguage: 'ja',
    });
    const { container } = render(
      <TranslatorProvider value={t}>
        <RichMessage id="popupUpdated" params={{ when }} />
      </TranslatorProvider>,
    );
    expect(container.innerHTML).toBe(
      '<time datetime="2026-05-06T16:00:00.000Z">5 minutes ago</time>に更新',
    );
  });
});
