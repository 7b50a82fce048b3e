import { LIVE_ATTRIBUTE } from './page-module';

/**
 * Holds a click on the kept first frame until the popup's own render has taken over, then
 * gives it to the same control. The copy is on screen before the popup's module has loaded
 * (the browser shows the popup once its first load is done), and it has no handlers: a click
 * on a post's title there opened the link the browser's way and left the post unread, and a
 * click on a button did nothing. Preact's render adopts the copy's nodes, so the control the
 * reader clicked is usually still there once the page is live — but a copy out of date may
 * now show another post in it: the click is given only if the control still belongs to the
 * same post, and is dropped otherwise (the reader sees the live list and clicks again).
 * The last click counts; keys and middle clicks are not held.
 * @param app `#app`, right after the copy was drawn into it.
 */
export function holdClicksUntilLive(app: Element): void {
  let held: { control: HTMLElement; post: string | null } | null = null;
  const onClick = (event: Event) => {
    if (app.hasAttribute(LIVE_ATTRIBUTE) || !(event.target instanceof Element)) return;
    const control = event.target.closest<HTMLElement>('a[href], button');
    if (!control || !app.contains(control)) return;
    event.preventDefault();
    event.stopPropagation();
    held = { control, post: postOf(control) };
  };
  app.addEventListener('click', onClick, true);
  const observer = new MutationObserver(() => {
    if (!app.hasAttribute(LIVE_ATTRIBUTE)) return;
    observer.disconnect();
    app.removeEventListener('click', onClick, true);
    const click = held;
    held = null;
    if (click?.control.isConnected && postOf(click.control) === click.post) click.control.click();
  });
  observer.observe(app, { attributes: true, attributeFilter: [LIVE_ATTRIBUTE] });
}

/** The post a control belongs to: its title's link, or the title itself; null outside posts. */
function postOf(control: Element): string | null {
  const title = control.closest('li')?.querySelector('.post-title');
  if (!title) return null;
  return title.getAttribute('href') ?? title.textContent;
}
