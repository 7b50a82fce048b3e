import type { ComponentChild } from 'preact';
import type { MessageKey, MessageParams } from '@/utils/i18n/message-key';
import { useT } from './translator-context';

export interface RichMessageProps<K extends MessageKey> {
  id: K;
  /** Text, or elements (a `<time>`, a `<strong>`) to put where the placeholders are. */
  params: MessageParams<K, ComponentChild>;
}

// Private-use characters: they never occur in a message, so they mark where elements go.
const MARK = '\uE000';
const SLOT = new RegExp(`${MARK}(\\d+)${MARK}`);

/**
 * A translated sentence with elements inside ("Updated <time>5 minutes ago</time>"), so the
 * translation decides where they go instead of the code gluing fragments together.
 */
export function RichMessage<K extends MessageKey>({ id, params }: RichMessageProps<K>) {
  const t = useT();
  const elements: ComponentChild[] = [];
  const text: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params as Record<string, ComponentChild>)) {
    if (typeof value === 'string' || typeof value === 'number') text[name] = value;
    else text[name] = `${MARK}${elements.push(value) - 1}${MARK}`;
  }
  const translate = t as (key: string, params: Record<string, string | number>) => string;
  // split() with a capture group alternates text and slot numbers.
  const parts = translate(id, text).split(SLOT);
  return <>{parts.map((part, i) => (i % 2 === 1 ? elements[Number(part)] : part))}</>;
}
