// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOLD_LIMIT_MS, holdClicksUntilLive } from '@/utils/popup/held-clicks';
import { LIVE_ATTRIBUTE } from '@/utils/popup/page-module';

// The kept first frame is on screen before the popup's handlers: a click there waits for them.

/** `#app` with a copy of two posts, as the early script draws it. */
function drawnCopy() {
  const app = document.body.appendChild(document.createElement('div'));
  app.innerHTML = `
    <ul class="post-list" role="list">
      <li class="post"><a class="post-title" href="https://dev.to/a" target="_blank">A</a>
        <button type="button" class="mark-read">Mark read</button></li>
      <li class="post"><a class="post-title" href="https://dev.to/b" target="_blank">B</a></li>
    </ul>`;
  const titleA = app.querySelector<HTMLAnchorElement>('a[href$="/a"]')!;
  const button = app.querySelector<HTMLButtonElement>('button')!;
  return { app, titleA, button };
}

/** What the live page's handler saw: a listener on the control itself, as Preact's are. */
function handled(control: HTMLElement) {
  const calls = vi.fn();
  control.addEventListener('click', (event) => calls(event.defaultPrevented));
  return calls;
}

const goLive = async (app: Element) => {
  app.setAttribute(LIVE_ATTRIBUTE, '');
  // Mutation callbacks run at the next microtask checkpoint.
  await Promise.resolve();
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('holdClicksUntilLive', () => {
  it('keeps a click on a post title from opening the link the browser’s way, and gives it to the live page', async () => {
    const { app, titleA } = drawnCopy();
    holdClicksUntilLive(app);
    const live = handled(titleA);

    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    titleA.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(live).not.toHaveBeenCalled();

    await goLive(app);
    expect(live).toHaveBeenCalledTimes(1);
  });

  it('gives a held button click to the same button once live', async () => {
    const { app, button } = drawnCopy();
    holdClicksUntilLive(app);
    const live = handled(button);

    button.click();
    await goLive(app);

    expect(live).toHaveBeenCalledTimes(1);
  });

  it('drops the click when the control now shows another post (the copy was out of date)', async () => {
    const { app, titleA, button } = drawnCopy();
    holdClicksUntilLive(app);
    const live = handled(button);

    button.click();
    // The live render adopted the node for a newer post.
    titleA.setAttribute('href', 'https://dev.to/newer');
    await goLive(app);

    expect(live).not.toHaveBeenCalled();
  });

  it("drops the click when the same post's control now does something else", async () => {
    const { app, button } = drawnCopy();
    holdClicksUntilLive(app);
    const live = handled(button);

    button.click();
    // The copy showed the post unread; the live render says it was read since.
    button.textContent = 'Mark unread';
    await goLive(app);

    expect(live).not.toHaveBeenCalled();
  });

  it('lets clicks through, and drops the held one, when the page never goes live', async () => {
    const { app, titleA, button } = drawnCopy();
    let release: (() => void) | undefined;
    holdClicksUntilLive(app, (callback, ms) => {
      expect(ms).toBe(HOLD_LIMIT_MS);
      release = callback;
    });
    const onButton = handled(button);
    button.click();
    expect(onButton).not.toHaveBeenCalled();

    release!();
    const onTitle = handled(titleA);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    titleA.dispatchEvent(click);
    expect(onTitle).toHaveBeenCalledExactlyOnceWith(false);
    await goLive(app);
    expect(onButton).not.toHaveBeenCalled();
  });

  it('drops the click when the control is gone', async () => {
    const { app, titleA } = drawnCopy();
    holdClicksUntilLive(app);
    const live = handled(titleA);

    titleA.click();
    titleA.closest('li')!.remove();
    await goLive(app);

    expect(live).not.toHaveBeenCalled();
  });

  it('lets clicks through untouched once live, and holds nothing outside controls', async () => {
    const { app, titleA } = drawnCopy();
    holdClicksUntilLive(app);
    const list = app.querySelector('ul')!;
    const onList = vi.fn();
    list.addEventListener('click', onList);

    list.click();
    expect(onList).toHaveBeenCalledTimes(1);

    await goLive(app);
    const live = handled(titleA);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    titleA.dispatchEvent(click);
    expect(live).toHaveBeenCalledExactlyOnceWith(false);
  });

  it("lets a middle click open the link the browser's way, and gives each one to the live page", async () => {
    const { app, titleA } = drawnCopy();
    const titleB = app.querySelector<HTMLAnchorElement>('a[href$="/b"]')!;
    holdClicksUntilLive(app);
    const middle = () => new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 });
    const seen = vi.fn();
    for (const link of [titleA, titleB])
      link.addEventListener('auxclick', (event) => seen(link.textContent, event.button));

    const first = middle();
    titleA.dispatchEvent(first);
    titleB.dispatchEvent(middle());
    // Not held back: the browser opens each in a background tab, as it does live.
    expect(first.defaultPrevented).toBe(false);
    seen.mockClear();

    await goLive(app);
    expect(seen.mock.calls).toEqual([
      ['A', 1],
      ['B', 1],
    ]);
  });

  it('gives a middle click nothing once its link shows another post', async () => {
    const { app, titleA } = drawnCopy();
    holdClicksUntilLive(app);
    titleA.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, button: 1 }));
    const seen = vi.fn();
    titleA.addEventListener('auxclick', seen);
    titleA.setAttribute('href', 'https://dev.to/newer');

    await goLive(app);
    expect(seen).not.toHaveBeenCalled();
  });

  it('gives only the last of several clicks', async () => {
    const { app, titleA, button } = drawnCopy();
    holdClicksUntilLive(app);
    const onTitle = handled(titleA);
    const onButton = handled(button);

    titleA.click();
    button.click();
    await goLive(app);

    expect(onTitle).not.toHaveBeenCalled();
    expect(onButton).toHaveBeenCalledTimes(1);
  });
});
