import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface SectionProps {
  title: string;
  /**
   * The section scrolls by itself (the sticky Preview on wide screens), so it takes focus:
   * a keyboard can then scroll it even when nothing inside is focusable. Default false.
   */
  scrollable?: boolean;
  children: ComponentChildren;
}

/** A titled region of the options page; the heading names it for landmark navigation. */
export function Section({ title, scrollable = false, children }: SectionProps) {
  const id = useId();
  return (
    <section class="card" aria-labelledby={id} tabIndex={scrollable ? 0 : undefined}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
