import type { Settings } from '../../utils/settings/settings';

/**
 * The filters the bench sets for its "filters on" figures: a hidden tag, a muted author and
 * a title keyword (the three), each hiding some of the DEV fixture's posts or none.
 */
export const BENCH_FILTERS: Pick<Settings, 'tagModes' | 'mutedAuthors' | 'titleKeywords'> = {
  tagModes: { webdev: 'hide' },
  mutedAuthors: { 'someone-muted': 'Someone Muted' },
  titleKeywords: ['blockchain'],
};
