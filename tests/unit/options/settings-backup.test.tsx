// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { SettingsBackup } from '@/components/options/settings-backup';
import { fireEvent, render, screen } from './helpers/dom';

const pick = (text: string) =>
  fireEvent.change(screen.getByLabelText('Settings file to import'), {
    target: { files: [new File([text], 'rust-radar-settings.json')] },
  });

describe('SettingsBackup', () => {
  it('exports on request', () => {
    const onExport = vi.fn();
    render(<SettingsBackup onExport={onExport} onImport={async () => null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export settings to a file' }));
    expect(onExport).toHaveBeenCalledOnce();
  });

  it('opens the file picker from a real button', () => {
    render(<SettingsBackup onExport={() => {}} onImport={async () => null} />);
    const input = screen.getByLabelText('Settings file to import') as HTMLInputElement;
    const click = vi.spyOn(input, 'click');
    fireEvent.click(screen.getByRole('button', { name: 'Import settings from a file…' }));
    expect(click).toHaveBeenCalledOnce();
  });

  it('confirms a successful import', async () => {
    const onImport = vi.fn(async () => null);
    render(<SettingsBackup onExport={() => {}} onImport={onImport} />);
    pick('{}');
    expect((await screen.findByText('Settings imported.')).getAttribute('role')).toBe('status');
    expect(onImport).toHaveBeenCalledWith(expect.any(File));
  });

  it('says what is wrong with a bad file', async () => {
    render(<SettingsBackup onExport={() => {}} onImport={async () => 'The file is empty.'} />);
    pick('');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nothing was imported. The file is empty.',
    );
  });
});
