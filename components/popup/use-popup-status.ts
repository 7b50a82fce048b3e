import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PopupSource, PopupStatus } from '@/utils/popup/popup-source';

export interface PopupStatusState {
  /** Null until first read. */
  status: PopupStatus | null;
  /** A poll is under way (ours or the alarm's). */
  polling: boolean;
  setPolling(polling: boolean): void;
  reloadStatus(): Promise<void>;
}

/**
 * Counts and the sources' health for the header, the counts for the chosen source (re-read
 * when it changes). Whether a poll runs is asked once at open (the poll lock); after that the
 * worker's poll-started / poll-finished messages keep it current, because the lock is still
 * held while "finished" is being announced.
 * @param start false holds the first read back: the counts walk every unread post (the badge
 *   shows only those the filters let through), and IndexedDB would serve that walk before the
 *   first page of the list — 5,000 unread posts kept it waiting for 100 ms and more.
 * @param sourceId the source the list is narrowed to; '' for all.
 */
export function usePopupStatus(
  source: PopupSource,
  start: boolean,
  sourceId: string,
): PopupStatusState {
  const [status, setStatus] = useState<PopupStatus | null>(null);
  const [polling, setPolling] = useState(false);
  const generation = useRef(0);

  const reloadStatus = useCallback(async () => {
    const mine = ++generation.current;
    const next = await source.loadStatus(sourceId);
    if (mine === generation.current) setStatus(next);
  }, [source, sourceId]);

  useEffect(() => {
    let live = true;
    source.isPolling().then(
      (running) => live && running && setPolling(true),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [source]);

  // Effects run after the frame is painted: with `start` tied to the first page, the counts
  // are read once the posts are on screen.
  useEffect(() => {
    if (start) void reloadStatus();
  }, [start, reloadStatus]);

  return { status, polling, setPolling, reloadStatus };
}
