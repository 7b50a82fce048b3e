import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

export { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';

/** Whether a radio or checkbox is checked (no jest-dom here). */
export function checked(element: HTMLElement): boolean {
  return (element as HTMLInputElement).checked;
}
