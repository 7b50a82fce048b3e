import { describe, expect, it } from 'vitest';
import { emptyFeedState, putFeedState } from '../../../utils/db/feed-state';
import { pollAlarmPlan } from '../../../utils/poll/poll-alarm-plan';
import { curatedToSource, findCuratedSource } from '../../../utils/sources/curated-sources';
import { DEFAULT_SOURCES } from '../../../utils/sources/source';
import { HOUR, MINUTE, NOW, openTestDb } from '../db/helpers';

const rust = DEFAULT_SOURCES[0]!;
const blog = curatedToSource(findCuratedSource('curated:rust-blog')!, true);

describe('pollAlarmPlan', () => {
  it('is due now when a source was never polled', async () => {
    const db = await openTestDb();
    expect(await pollAlarmPlan(db, [rust], {}, NOW)).toEqual({ nextPollAt: NOW, notBefore: null });
  });

  it('takes the earliest source, ignoring disabled ones', async () => {
    const db = await openTestDb();
    await putFeedState(db, { ...emptyFeedState(rust.feedUrl), nextPollAt: NOW + 15 * MINUTE });
    await putFeedState(db, { ...emptyFeedState(blog.feedUrl), nextPollAt: NOW + 5 * MINUTE });

    expect(await pollAlarmPlan(db, [rust, blog], {}, NOW)).toEqual({
      nextPollAt: NOW + 5 * MINUTE,
      notBefore: null,
    });
    expect((await pollAlarmPlan(db, [rust, { ...blog, enabled: false }], {}, NOW)).nextPollAt).toBe(
      NOW + 15 * MINUTE,
    );
  });

  it('holds the alarm back only when every source waits on its server', async () => {
    const db = await openTestDb();
    await putFeedState(db, {
      ...emptyFeedState(rust.feedUrl),
      lastError: { message: 'DEV did not answer (HTTP 429)', at: NOW, status: 429 },
      nextPollAt: NOW + HOUR,
    });

    expect(await pollAlarmPlan(db, [rust], {}, NOW)).toEqual({
      nextPollAt: NOW + HOUR,
      notBefore: NOW + HOUR,
    });
    expect((await pollAlarmPlan(db, [rust, blog], {}, NOW)).notBefore).toBeNull();
  });
});
