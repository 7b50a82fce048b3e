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
 * Counts and feed health for the header. Whether a poll runs is asked once at open (the
 * poll lock); after that the worker's poll-started / poll-finished messages keep it current,
 * because the lock is still held while "finished" is being announced.
 */
export function usePopupStatus(source: PopupSource): PopupStatusState {
  const [status, setStatus] = useState<PopupStatus | null>(null);
  const [polling, setPolling] = useState(false);
  const generation = useRef(0);

  const reloadStatus = useCallback(async () => {
    const mine = ++generation.current;
    const next = await source.loadStatus();
    if (mine === generation.current) setStatus(next);
  }, [source]);

  useEffect(() => {
    void reloadStatus();
    let live = true;
    source.isPolling().then(
      (running) => live && running && setPolling(true),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [source, reloadStatus]);

  return { status, polling, setPolling, reloadStatus };
}
