// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import {
  afterFirstPaint,
  DEFERRED_MODULE_TYPE,
  loadPageModule,
  type PaintClock,
} from '@/utils/popup/page-module';

// The popup's early script loads the page's module from the tag the build left inert.

function pageWith(head: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body><div id="app"></div></body></html>`,
    'text/html',
  );
}

const INERT = `<script type="${DEFERRED_MODULE_TYPE}" crossorigin src="/chunks/popup-abc.js"></script>`;

describe('loadPageModule', () => {
  it('replaces the inert tag with a module script of the same source', async () => {
    const doc = pageWith(INERT);

    expect(await loadPageModule(doc)).toBe(true);

    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.type).toBe('module');
    expect(scripts[0]!.getAttribute('src')).toMatch(/\/chunks\/popup-abc\.js$/);
    expect(scripts[0]!.getAttribute('crossorigin')).toBe('');
  });

  it('loads it once, however often it is asked', async () => {
    const doc = pageWith(INERT);

    await loadPageModule(doc);
    expect(await loadPageModule(doc)).toBe(false);

    expect(doc.querySelectorAll('script[type="module"]')).toHaveLength(1);
  });

  it('leaves a page whose HTML loads its module itself alone (wxt dev)', async () => {
    const doc = pageWith('<script type="module" src="/main.tsx"></script>');

    expect(await loadPageModule(doc)).toBe(false);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
  });

  it('waits for the parser when the tag is not in the page yet', async () => {
    const doc = pageWith('');
    Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });

    const loaded = loadPageModule(doc);
    doc.head.insertAdjacentHTML('beforeend', INERT);
    doc.dispatchEvent(new Event('DOMContentLoaded'));

    expect(await loaded).toBe(true);
    expect(doc.querySelector('script')!.type).toBe('module');
  });
});

describe('afterFirstPaint', () => {
  /** A clock whose timer and paint observer the test fires by hand. */
  function fakeClock(withPaintTiming = true) {
    const timers: (() => void)[] = [];
    const observers: { callback: () => void; disconnected: boolean; type?: string }[] = [];
    class FakeObserver {
      private readonly entry: (typeof observers)[number];
      constructor(callback: () => void) {
        this.entry = { callback, disconnected: false };
        observers.push(this.entry);
      }
      observe(options: { type: string }) {
        this.entry.type = options.type;
      }
      disconnect() {
        this.entry.disconnected = true;
      }
    }
    const clock: PaintClock = {
      PerformanceObserver: withPaintTiming
        ? (FakeObserver as unknown as typeof PerformanceObserver)
        : undefined,
      setTimeout: (callback) => timers.push(callback),
    };
    return { clock, timers, observers };
  }

  it('resolves when the page reports its first paint, before the fallback', async () => {
    const { clock, observers, timers } = fakeClock();
    const painted = vi.fn();
    void afterFirstPaint(clock, 200).then(painted);
    await Promise.resolve();
    expect(painted).not.toHaveBeenCalled();

    expect(observers[0]!.type).toBe('paint');
    observers[0]!.callback();
    await Promise.resolve();

    expect(painted).toHaveBeenCalledOnce();
    expect(observers[0]!.disconnected).toBe(true);
    expect(timers).toHaveLength(1);
  });

  it('resolves after the fallback when nothing is painted (a hidden page)', async () => {
    const { clock, timers } = fakeClock();
    const painted = vi.fn();
    void afterFirstPaint(clock, 200).then(painted);

    timers[0]!();
    await Promise.resolve();

    expect(painted).toHaveBeenCalledOnce();
  });

  it('falls back to the timer in a browser without paint timing', async () => {
    const { clock, timers } = fakeClock(false);
    const painted = vi.fn();
    void afterFirstPaint(clock, 200).then(painted);

    timers[0]!();
    await Promise.resolve();

    expect(painted).toHaveBeenCalledOnce();
  });
});
