import { cleanup, render } from '@testing-library/preact';
import { afterEach, vi } from 'vitest';
import { Popup, type PopupProps } from '@/components/popup/popup';
import { createSanitizer } from '@/utils/sanitize/create-sanitizer';
import { createFakeSource, NOW, type FakeSourceOptions } from './fake-source';

// Without vitest globals, testing-library cannot register its own cleanup.
afterEach(cleanup);

/** Renders the popup on a fake source with a fixed clock and the real sanitizer (jsdom). */
export function renderPopup(options: FakeSourceOptions = {}, props: Partial<PopupProps> = {}) {
  const fake = createFakeSource(options);
  const loadSanitizer = vi.fn(async () => createSanitizer(window));
  const view = render(
    <Popup
      source={fake.source}
      loadSanitizer={loadSanitizer}
      clock={() => NOW}
      locale="en"
      {...props}
    />,
  );
  return { ...fake, ...view, loadSanitizer };
}
