import { cleanup, render as renderWithoutWords } from '@testing-library/preact';
import { h, type ComponentChildren, type VNode } from 'preact';
import { afterEach } from 'vitest';
import { TranslatorProvider } from '@/components/shared/translator-context';
import { english } from '../../../../utils/i18n/english';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

export { fireEvent, screen, waitFor, within } from '@testing-library/preact';

/** The English messages from public/_locales/en/messages.json, as the page would have them. */
function English({ children }: { children?: ComponentChildren }) {
  return h(TranslatorProvider, { value: english }, children);
}

/** Testing Library's `render`, inside the translator the entrypoints provide (rerender too). */
export function render(ui: VNode) {
  return renderWithoutWords(ui, { wrapper: English });
}

/** Whether a radio or checkbox is checked (no jest-dom here). */
export function checked(element: HTMLElement): boolean {
  return (element as HTMLInputElement).checked;
}
