import type { Page } from 'playwright-core';

/** Text that does not fit its box: which element, what it says, and by how much. */
export interface ClippedText {
  element: string;
  text: string;
  how: string;
}

/**
 * Elements whose text is cut on purpose (CSS selectors, matched on the element or an ancestor)
 * with the reason, so each exception is written down where the test lists it.
 */
export type CutByDesign = Readonly<Record<string, string>>;

/**
 * Every visible element with text whose content is wider than its box (clipped, or spilling
 * out of it), whose text is cut off at the bottom by `overflow: hidden`, or whose placeholder
 * does not fit its field; and the document itself if it scrolls sideways. Inline boxes are
 * measured through the block that holds them; `<select>`s size themselves to their options.
 */
export async function findClippedText(page: Page, byDesign: CutByDesign): Promise<ClippedText[]> {
  return page.evaluate(clippedInPage, Object.keys(byDesign));
}

/** Runs in the page, so it must stand alone. */
function clippedInPage(designed: string[]): ClippedText[] {
  const found: ClippedText[] = [];
  const slack = 1; // sub-pixel rounding
  const name = (el: Element) =>
    el.tagName.toLowerCase() + [...el.classList].map((c) => `.${c}`).join('');
  /** The width `text` takes in `field`'s font, shaped by the page as the field shapes it. */
  const textWidth = (field: HTMLElement, text: string) => {
    const ruler = document.createElement('span');
    ruler.textContent = text;
    ruler.style.cssText = 'position:absolute;visibility:hidden;white-space:pre;padding:0;border:0';
    ruler.style.font = getComputedStyle(field).font;
    field.parentElement!.append(ruler);
    const width = ruler.getBoundingClientRect().width;
    ruler.remove();
    return width;
  };

  for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
    if (!(el instanceof HTMLElement) || designed.some((selector) => el.closest(selector))) continue;
    const style = getComputedStyle(el);
    if (style.display === 'inline' || style.visibility !== 'visible') continue;
    if (el.getClientRects().length === 0 || el instanceof HTMLSelectElement) continue;

    if (el instanceof HTMLInputElement && el.placeholder && !el.value) {
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const needed = textWidth(el, el.placeholder);
      if (needed > room + slack) {
        found.push({
          element: name(el),
          text: el.placeholder,
          how: `placeholder needs ${Math.ceil(needed)} px, the field has ${Math.floor(room)}`,
        });
      }
      continue;
    }

    const text = el.innerText.trim().replace(/\s+/g, ' ');
    if (!text) continue;
    if (el.scrollWidth > el.clientWidth + slack) {
      found.push({
        element: name(el),
        text: text.slice(0, 80),
        how: `${el.scrollWidth} px of content in ${el.clientWidth} px`,
      });
    } else if (
      ['hidden', 'clip'].includes(style.overflowY) &&
      el.scrollHeight > el.clientHeight + slack
    ) {
      found.push({
        element: name(el),
        text: text.slice(0, 80),
        how: `${el.scrollHeight} px tall in ${el.clientHeight} px`,
      });
    }
  }

  const root = document.documentElement;
  if (root.scrollWidth > window.innerWidth) {
    found.push({
      element: 'html',
      text: '',
      how: `the page scrolls sideways: ${root.scrollWidth} px in ${window.innerWidth}`,
    });
  }
  return found;
}
