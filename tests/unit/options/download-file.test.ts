// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { downloadTextFile } from '../../../utils/options/download-file';

describe('downloadTextFile', () => {
  it('clicks a temporary download link to a Blob URL and revokes it later', async () => {
    vi.useFakeTimers();
    const url = {
      createObjectURL: vi.fn((_blob: Blob) => 'blob:settings'),
      revokeObjectURL: vi.fn(),
    };
    const clicked: HTMLAnchorElement[] = [];
    document.addEventListener('click', (event) => {
      clicked.push(event.target as HTMLAnchorElement);
      event.preventDefault();
    });
    downloadTextFile(document, url, { name: 'rust-radar-settings.json', text: '{"a":1}' });

    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('rust-radar-settings.json');
    expect(clicked[0]!.getAttribute('href')).toBe('blob:settings');
    expect(document.querySelector('a')).toBeNull();
    const blob = url.createObjectURL.mock.calls[0]![0];
    expect(blob.type).toBe('application/json');
    expect(await blob.text()).toBe('{"a":1}');

    expect(url.revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(url.revokeObjectURL).toHaveBeenCalledWith('blob:settings');
    vi.useRealTimers();
  });
});
