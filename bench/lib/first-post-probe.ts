/** When the first post appeared, in ms since navigation start (the page's time origin). */
export interface FirstPostMarks {
  /** The first list item is in the DOM. */
  inDom: number;
  /** The next animation frame after that. */
  nextFrame: number;
  /** Element Timing: the frame that first painted the item's text (NaN if none reported). */
  painted: number;
  /** List items in the DOM at that moment (the popup's first frame draws FIRST_FRAME_POSTS). */
  items: number;
}

/**
 * Init script for every page: resolves `globalThis.__benchFirstPost` once the first list item
 * (`[role=list] > li`) is in the DOM and painted. It marks the item's text for Element Timing
 * before the next paint, so the browser reports when that text reached the screen. The same
 * probe times the popup and the floor page, so whatever it costs is in both.
 */
export function watchFirstPost(): void {
  const found = new Promise<FirstPostMarks>((resolve) => {
    let inDom = Number.NaN;
    let nextFrame = Number.NaN;
    let painted = Number.NaN;
    let items = 0;
    const finish = () => {
      if (!Number.isNaN(nextFrame) && !Number.isNaN(painted)) {
        resolve({ inDom, nextFrame, painted, items });
      }
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        renderTime: number;
        identifier: string;
      })[]) {
        if (entry.identifier !== 'bench-first-post' || !Number.isNaN(painted)) continue;
        painted = entry.renderTime || entry.startTime;
        finish();
      }
    }).observe({ type: 'element', buffered: true });
    const firstItem = () =>
      document.querySelector('[role="list"] > li, [role="listitem"], .tag-list > li');
    // Marks the first item's text for Element Timing. Called again after every change until
    // the text was painted: a page may adopt the item (the popup's render over its kept first
    // frame reuses the nodes and drops attributes it does not know) or replace it, and the
    // text must still be marked at whichever frame first shows it. Mutation callbacks run
    // before any paint, so no frame goes unmarked.
    const mark = () => {
      const item = firstItem();
      if (!item) return;
      const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (
          node.textContent?.trim() &&
          parent?.getAttribute('elementtiming') !== 'bench-first-post'
        )
          parent?.setAttribute('elementtiming', 'bench-first-post');
      }
    };
    const check = () => {
      if (!Number.isNaN(painted)) {
        observer.disconnect();
        return;
      }
      // The popup's posts; on the options page, its first tag row (the first frame one can
      // act on that needed the stored posts).
      const list = document.querySelectorAll(
        '[role="list"] > li, [role="listitem"], .tag-list > li',
      );
      if (list.length === 0) return;
      mark();
      if (!Number.isNaN(inDom)) return;
      inDom = performance.now();
      items = list.length;
      requestAnimationFrame(() => {
        nextFrame = performance.now();
        finish();
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['elementtiming'],
    });
  });
  Object.defineProperty(globalThis, '__benchFirstPost', { value: found });
}
