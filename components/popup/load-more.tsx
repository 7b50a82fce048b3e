import { useEffect, useRef } from 'preact/hooks';
import { useT } from '@/components/shared/translator-context';

export interface LoadMoreProps {
  onLoad(): void;
}

/**
 * The end of the list: loads the next page as it scrolls into view, and is a plain button
 * too, for keyboards and for browsers (or jsdom) without IntersectionObserver.
 */
export function LoadMore({ onLoad }: LoadMoreProps) {
  const t = useT();
  const ref = useRef<HTMLButtonElement>(null);
  const latest = useRef(onLoad);
  latest.current = onLoad;

  useEffect(() => {
    const button = ref.current;
    if (!button || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && latest.current(),
      { rootMargin: '0px 0px 300px 0px' },
    );
    observer.observe(button);
    return () => observer.disconnect();
  }, []);

  return (
    <button ref={ref} type="button" class="load-more" onClick={() => onLoad()}>
      {t('popupShowMore')}
    </button>
  );
}
