/**
 * The popup's module, loaded by its early script instead of by the HTML. Loaded the usual way,
 * the module (about 70 kB) is fetched and compiled while the kept first frame is drawn, and
 * on a two-core machine that work delayed the frame's paint by 10–20 ms. The build leaves the
 * module's tag in popup.html inert (`wxt.config.ts`, `DEFERRED_MODULE_TYPE`: a script of an
 * unknown type is neither fetched nor run); the early script loads it at once when it drew no
 * copy, and after the first paint when it did (docs/performance.md).
 */

/** The type the build gives the popup's module tag: the browser leaves such a tag alone. */
export const DEFERRED_MODULE_TYPE = 'text/x-radar-deferred-module';

/**
 * Set on `#app` once the popup's own render has taken over (`entrypoints/popup/main.tsx`):
 * until then a kept first frame may be on screen without handlers.
 */
export const LIVE_ATTRIBUTE = 'data-live';

/** Attribute on an early script's tag that says it loads the page's module (build marker). */
export const LOADS_MODULE_ATTRIBUTE = 'data-loads-module';

/**
 * Loads the page's module from its inert tag, once the parser has inserted the tag (the early
 * script is async and may run first). Resolves true when loaded, false when the page has no
 * such tag (`wxt dev`, where the HTML loads the module itself).
 */
export function loadPageModule(doc: Document): Promise<boolean> {
  const load = () => {
    const inert = doc.querySelector<HTMLScriptElement>(`script[type="${DEFERRED_MODULE_TYPE}"]`);
    if (!inert) return false;
    const script = doc.createElement('script');
    script.type = 'module';
    // Same request as the tag would have made: Vite's module tags are `crossorigin`.
    const cors = inert.getAttribute('crossorigin');
    if (cors !== null) script.setAttribute('crossorigin', cors);
    script.src = inert.getAttribute('src') ?? '';
    inert.replaceWith(script);
    return true;
  };
  if (load()) return Promise.resolve(true);
  if (doc.readyState !== 'loading') return Promise.resolve(false);
  return new Promise((resolve) => {
    doc.addEventListener('DOMContentLoaded', () => resolve(load()), { once: true });
  });
}

/** What `afterFirstPaint` needs of the window, to be faked in tests. */
export interface PaintClock {
  PerformanceObserver?: typeof PerformanceObserver;
  setTimeout(callback: () => void, ms: number): unknown;
}

/**
 * Resolves once the page has painted something (its first `paint` timing entry, reported
 * after the frame reached the screen), or after `fallbackMs` — a hidden page paints nothing,
 * and a browser without paint timing reports nothing.
 */
export function afterFirstPaint(clock: PaintClock, fallbackMs: number): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const done = () => {
      observer?.disconnect();
      resolve();
    };
    clock.setTimeout(done, fallbackMs);
    try {
      observer = clock.PerformanceObserver && new clock.PerformanceObserver(done);
      observer?.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing here: the fallback timer loads the module.
    }
  });
}
