import { cleanup, render } from '@testing-library/preact';
import { afterEach, vi } from 'vitest';
import { Popup, type PopupProps } from '@/components/popup/popup';
import { TranslatorProvider } from '@/components/shared/translator-context';
import { english } from '@/utils/i18n/english';
import { createSanitizer } from '@/utils/sanitize/create-sanitizer';
import { createFakeSource, NOW, type FakeSourceOptions } from './fake-source';

// Without vitest globals, testing-library cannot register its own cleanup.
afterEach(cleanup);

/**
 * Renders the popup on a fake source with a fixed clock, the real sanitizer (jsdom) and the
 * English messages read from public/_locales/en/messages.json.
 */
export function renderPopup(options: FakeSourceOptions = {}, props: Partial<PopupProps> = {}) {
  const fake = createFakeSource(options);
  const loadSanitizer = vi.fn(async () => createSanitizer(window));
  const view = render(
    <TranslatorProvider value={english}>
      <Popup source={fake.source} loadSanitizer={loadSanitizer} clock={() => NOW} {...props} />
    </TranslatorProvider>,
  );
  return { ...fake, ...view, loadSanitizer };
}
