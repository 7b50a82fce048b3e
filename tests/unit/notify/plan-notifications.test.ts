import { describe, expect, it } from 'vitest';
import type { AnnouncementBatch, StoredPost } from '../../../utils/db/schema';
import { planNotifications, type PlanInput } from '../../../utils/notify/plan-notifications';
import { english } from '@/utils/i18n/english';

function storedPost(n: number): StoredPost {
  return {
    id: `post-${n}`,
    url: `https://dev.to/author${n}/post-${n}`,
    title: `Post number ${n}`,
    author: `Author ${n}`,
    publishedAt: new Date(1_000_000 + n).toISOString(),
    tags: ['rust', 'tokio'],
    summaryHtml: '',
    readingMinutes: 3,
    hasRustCode: false,
    feedUrl: 'https://dev.to/feed/tag/rust',
    firstSeenAt: 2_000_000,
    sortAt: 1_000_000 + n,
    unread: 1,
    readAt: null,
  };
}

function input(batches: AnnouncementBatch[], overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    queued: batches.map((batch, i) => ({
      entry: { postId: `post-${i}`, batch, queuedAt: 5 },
      post: storedPost(i),
    })),
    groupThreshold: 4,
    capabilities: { list: true, buttons: true },
    iconUrl: 'chrome-extension://id/icon/128.png',
    now: 42,
    t: english,
    ...overrides,
  };
}

describe('planNotifications', () => {
  it('announces nothing when nothing waits', () => {
    expect(planNotifications(input([]))).toEqual([]);
  });

  it.each([1, 2, 3])('shows one notification per post for %i new posts', (count) => {
    const plans = planNotifications(input(Array(count).fill('new')));
    expect(plans).toHaveLength(count);
    expect(plans.every((plan) => plan.kind === 'post')).toBe(true);
  });

  it('titles a post notification with the post title, then author and tags', () => {
    const [plan] = planNotifications(input(['new']));
    expect(plan).toMatchObject({
      id: 'radar-post:post-0',
      postIds: ['post-0'],
      options: { title: 'Post number 0', message: 'Author 0 · #rust #tokio' },
    });
    expect(plan?.options.buttons).toEqual([{ title: 'Mark read' }, { title: 'Save' }]);
  });

  it('leaves the Mark read and Save buttons out where the browser has no buttons', () => {
    const [plan] = planNotifications(
      input(['new'], { capabilities: { list: false, buttons: false } }),
    );
    expect(plan?.options.buttons).toBeUndefined();
  });

  it('groups four or more new posts into one summary listing the newest titles first', () => {
    const plans = planNotifications(input(Array(7).fill('new')));
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      kind: 'summary',
      options: { type: 'list', title: '7 new Rust posts' },
    });
    expect(plans[0]?.options.items?.[0]?.title).toBe('Post number 6');
    expect(plans[0]?.options.items).toHaveLength(5);
    expect(plans[0]?.options.message).toBe('and 2 more');
    expect(plans[0]?.postIds).toHaveLength(7);
  });

  it('writes the summary as plain text where list notifications do not exist (Firefox)', () => {
    const [plan] = planNotifications(
      input(Array(5).fill('new'), { capabilities: { list: false, buttons: false } }),
    );
    expect(plan?.options.type).toBe('basic');
    expect(plan?.options.message.split('\n')).toEqual([
      '• Post number 4',
      '• Post number 3',
      '• Post number 2',
      '• Post number 1',
      '• Post number 0',
    ]);
  });

  it('honours a custom grouping threshold', () => {
    expect(planNotifications(input(['new', 'new'], { groupThreshold: 2 }))).toHaveLength(1);
  });

  it('greets a first install with one welcome, never one per post', () => {
    const plans = planNotifications(input(Array(12).fill('welcome')));
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      kind: 'welcome',
      options: { message: '12 Rust posts waiting — click to read' },
    });
  });

  it('sums up quiet-hours arrivals in one summary, even a single post', () => {
    const plans = planNotifications(input(['quiet']));
    expect(plans).toHaveLength(1);
    expect(plans[0]?.kind).toBe('summary');
    expect(plans[0]?.options.title).toBe('1 new Rust post');
  });

  it('folds posts that arrive with a quiet-hours backlog into the same summary', () => {
    const plans = planNotifications(input(['quiet', 'quiet', 'new']));
    expect(plans).toHaveLength(1);
    expect(plans[0]?.postIds).toHaveLength(3);
  });
});
