import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { exportFileName, exportSettings } from '../../../utils/settings/settings-file';
import { SETTINGS_VERSION } from '../../../utils/settings/settings-migrations';

describe('exportSettings', () => {
  it('wraps the compact settings in the app marker and version', () => {
    const text = exportSettings({
      ...DEFAULT_SETTINGS,
      tagModes: { career: 'hide', rust: 'show' },
    });
    expect(JSON.parse(text)).toEqual({
      app: 'rust-radar',
      version: SETTINGS_VERSION,
      settings: { ...DEFAULT_SETTINGS, tagModes: { career: 'hide' } },
    });
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "settings": {');
  });
});

describe('exportFileName', () => {
  it('is dated by the local day', () => {
    expect(exportFileName(new Date(2026, 4, 6, 23, 59))).toBe(
      'rust-radar-settings-2026-05-06.json',
    );
  });
});
