import type { MessageKey } from '../i18n/message-key';
import type { Evidence } from './relevance';

/** Evidence of `weight` points, said by the message `key` with its `params`. */
export function evidence(
  weight: number,
  key: MessageKey,
  params?: Record<string, string | number>,
): Evidence {
  return { weight, reason: params ? { key, params } : { key } };
}

/** At most three items, as "a, b, c": a reason must stay one line. */
export function listed(items: Iterable<string>): string {
  return [...items].slice(0, 3).join(', ');
}

/** The points of a list of evidence. */
export function pointsOf(items: readonly Evidence[]): number {
  return items.reduce((sum, item) => sum + Math.abs(item.weight), 0);
}
