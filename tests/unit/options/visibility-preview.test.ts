import { describe, expect, it } from 'vitest';
import { previewVisibility } from '../../../utils/options/visibility-preview';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { DEV_FIXTURE_POSTS } from './helpers/dev-fixture-posts';
import { english } from '@/utils/i18n/english';

const TOKIO_POST = 'We Cut API Latency 55% with Rust 1.88 and Tokio 1.40 for Our Core Service';

describe('previewVisibility over the DEV fixture', () => {
  it('shows all 12 posts without filters', () => {
    expect(previewVisibility(DEV_FIXTURE_POSTS, DEFAULT_SETTINGS, english)).toEqual({
      shown: 12,
      total: 12,
      hidden: [],
    });
  });

  it('hides the one career post, saying why', () => {
    const preview = previewVisibility(
      DEV_FIXTURE_POSTS,
      {
        ...DEFAULT_SETTINGS,
        tagModes: { career: 'hide' },
      },
      english,
    );
    expect(preview.shown).toBe(11);
    expect(preview.hidden.map(({ post, reason }) => [post.title, reason])).toEqual([
      ['PKG2DAY Courier Services Explained: How to Ship Confidently Across Pakistan', 'tag career'],
    ]);
  });

  it('keeps only the tokio post when tokio is set to Only', () => {
    const preview = previewVisibility(
      DEV_FIXTURE_POSTS,
      {
        ...DEFAULT_SETTINGS,
        tagModes: { career: 'hide', tokio: 'only' },
      },
      english,
    );
    expect(preview.shown).toBe(1);
    const shown = DEV_FIXTURE_POSTS.filter((post) => !preview.hidden.some((h) => h.post === post));
    expect(shown.map((post) => post.title)).toEqual([TOKIO_POST]);
    expect(preview.hidden.filter((h) => h.reason === 'tag career')).toHaveLength(1);
    expect(preview.hidden.filter((h) => h.reason === 'not tagged tokio')).toHaveLength(10);
  });

  it('names muted authors and keywords', () => {
    const preview = previewVisibility(
      DEV_FIXTURE_POSTS,
      {
        ...DEFAULT_SETTINGS,
        mutedAuthors: { hiyoyok: 'hiyoyo' },
        titleKeywords: ['kubernetes'],
      },
      english,
    );
    expect(preview.hidden.map((h) => h.reason)).toEqual([
      'muted author hiyoyo',
      'keyword “kubernetes”',
      'muted author hiyoyo',
    ]);
  });
});
