import { LIVE_ATTRIBUTE } from './page-module';

/**
 * Holds a click on the kept first frame until the popup's own render has taken over, then
 * gives it to the same control. The copy is on screen before the popup's module has loaded
 * (the browser shows the popup once its first load is done), and it has no handlers: a click
 * on a post's title there opened the link the browser's way and left the post unread, and a
 * click on a button did nothing. Preact's render adopts the copy's nodes (by position and
 * tag), so the control the reader clicked is usually still there once the page is live — but
 * a copy out of date may now show another post there, or another button of the same post
 * ("Mark unread" where "Mark read" was): the click is given only if the control still belongs
 * to the same post and still says the same, and is dropped otherwise (the reader sees the
 * live list and clicks again). The last click counts; Enter and Space on a control are clicks
 * too; modifier keys are not kept. A middle click on a title opens it the browser's way, as
 * it does live, and is given to the page too (each one), which marks that post read. Should
 * the page never go live (its module failed), clicks are let through after `HOLD_LIMIT_MS`.
 * @param app `#app`, right after the copy was drawn into it.
 */
export function holdClicksUntilLive(
  app: Element,
  setTimer: (release: () => void, ms: number) => unknown = setTimeout,
): void {
  let held: { control: HTMLElement; identity: string } | null = null;
  let middleClicks: { control: HTMLElement; identity: string }[] = [];
  const onClick = (event: Event) => {
    if (app.hasAttribute(LIVE_ATTRIBUTE) || !(event.target instanceof Element)) return;
    const control = event.target.closest<HTMLElement>('a[href], button');
    if (!control || !app.contains(control)) return;
    event.preventDefault();
    event.stopPropagation();
    held = { control, identity: identityOf(control) };
  };
  const onAuxClick = (event: Event) => {
    if (app.hasAttribute(LIVE_ATTRIBUTE) || !(event.target instanceof Element)) return;
    if ((event as MouseEvent).button !== 1) return;
    const link = event.target.closest<HTMLElement>('a[href]');
    if (link && app.contains(link))
      middleClicks.push({ control: link, identity: identityOf(link) });
  };
  const release = () => {
    observer.disconnect();
    app.removeEventListener('click', onClick, true);
    app.removeEventListener('auxclick', onAuxClick, true);
    const released = { click: held, middleClicks };
    held = null;
    middleClicks = [];
    return released;
  };
  app.addEventListener('click', onClick, true);
  app.addEventListener('auxclick', onAuxClick, true);
  const unchanged = (clicked: { control: HTMLElement; identity: string }) =>
    clicked.control.isConnected && identityOf(clicked.control) === clicked.identity;
  const observer = new MutationObserver(() => {
    if (!app.hasAttribute(LIVE_ATTRIBUTE)) return;
    const { click, middleClicks: middles } = release();
    // A synthetic middle click opens nothing: the tab is already open; the page marks it read.
    for (const middle of middles.filter(unchanged)) {
      middle.control.dispatchEvent(
        new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }),
      );
    }
    if (click && unchanged(click)) click.control.click();
  });
  observer.observe(app, { attributes: true, attributeFilter: [LIVE_ATTRIBUTE] });
  setTimer(() => void release(), HOLD_LIMIT_MS);
}

/** How long clicks wait for the page's handlers at most: far longer than its module takes. */
export const HOLD_LIMIT_MS = 5_000;

/**
 * What a control is and does, to tell it again after the live render adopted it: the post it
 * belongs to (its title's link, or the title itself) and what the control says.
 */
function identityOf(control: Element): string {
  const title = control.closest('li')?.querySelector('.post-title');
  const post = title ? (title.getAttribute('href') ?? title.textContent) : null;
  return JSON.stringify([
    post,
    control.tagName,
    control.getAttribute('href'),
    control.getAttribute('aria-label'),
    control.getAttribute('aria-pressed'),
    control.getAttribute('class'),
    control.textContent,
  ]);
}
