import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defineHostCooldownsItem,
  defineSourcesItem,
  loadHostCooldowns,
  loadSources,
} from '../../../utils/settings/sources-item';
import { coerceSources } from '../../../utils/sources/coerce-sources';
import { curatedToSource, CURATED_SOURCES } from '../../../utils/sources/curated-sources';
import { DEFAULT_SOURCES, devTagSource } from '../../../utils/sources/source';

describe('the source list in storage.local', () => {
  it('starts with DEV’s rust feed, enabled', async () => {
    expect(await loadSources(defineSourcesItem())).toEqual([
      { ...devTagSource('rust'), enabled: true },
    ]);
    expect(DEFAULT_SOURCES[0]?.enabled).toBe(true);
  });

  it('keeps what was saved, in local storage (sync’s 8 KB item quota is too small)', async () => {
    const item = defineSourcesItem();
    const saved = [devTagSource('rust'), curatedToSource(CURATED_SOURCES[1]!, true)];
    await item.setValue(saved);

    expect(await loadSources(item)).toEqual(saved);
    expect(await fakeBrowser.storage.local.get('sources')).toEqual({ sources: saved });
    expect(await fakeBrowser.storage.sync.get('sources')).toEqual({});
  });

  it.each([
    ['a string', 'dev:rust'],
    ['an object', { 0: devTagSource('rust') }],
    ['too many entries', Array.from({ length: 501 }, (_, i) => devTagSource(`tag${i}`))],
  ])('falls back to the defaults when the stored value is %s', async (_what, value) => {
    await fakeBrowser.storage.local.set({ sources: value });
    expect(await loadSources(defineSourcesItem())).toEqual([...DEFAULT_SOURCES]);
  });

  it('drops unusable entries and rebuilds the rest from their feed URL', () => {
    expect(
      coerceSources([
        null,
        { feedUrl: 'javascript:alert(1)', enabled: true },
        {
          id: 'curated:evil',
          kind: 'curated',
          feedUrl: 'https://dev.to/feed/tag/tokio',
          enabled: 'yes',
        },
        { feedUrl: 'https://dev.to/feed/tag/tokio', enabled: true },
        { feedUrl: 'https://example.org/feed.xml', title: ' My\u0000 blog ', enabled: true },
      ]),
    ).toEqual([
      devTagSource('tokio', false),
      expect.objectContaining({ kind: 'custom', title: 'My blog', enabled: true }),
    ]);
  });
});

describe('host cooldowns in storage.local', () => {
  it('reads none at first and ignores anything that is not a host → time map', async () => {
    const item = defineHostCooldownsItem();
    expect(await loadHostCooldowns(item)).toEqual({});
    await fakeBrowser.storage.local.set({ hostCooldowns: { 'a.example': 5, 'b.example': 'x' } });
    expect(await loadHostCooldowns(item)).toEqual({ 'a.example': 5 });
    await fakeBrowser.storage.local.set({ hostCooldowns: [1] });
    expect(await loadHostCooldowns(item)).toEqual({});
  });
});
