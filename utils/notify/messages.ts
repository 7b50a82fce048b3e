/** Messages between extension pages and the worker. One place, so both sides agree. */

/** Popup → worker: poll now. Answered with `PollNowResponse` once the poll is over. */
export interface PollNowRequest {
  type: 'radar:poll-now';
}

export interface PollNowResponse {
  status: 'updated' | 'not-modified' | 'failed' | 'busy';
  message?: string;
}

/** Worker → any open page: stored posts or the feed state changed; read again. */
export interface RadarChangedBroadcast {
  type: 'radar:changed';
  /** What changed it: a poll starting/finishing, or a page marking posts read. */
  reason: 'poll-started' | 'poll-finished' | 'read-state' | 'settings';
}

export type RadarMessage = PollNowRequest | RadarChangedBroadcast;

export function isRadarMessage(value: unknown): value is RadarMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type.startsWith('radar:')
  );
}
