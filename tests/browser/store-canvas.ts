import type { BrowserContext } from 'playwright-core';

/**
 * The size both stores show screenshots at: the Chrome Web Store takes 1280 × 800 (or
 * 640 × 400), Firefox Add-ons scales anything to its 1280 × 800 frame. docs/store/listing.md.
 */
export const STORE_SIZE = { width: 1280, height: 800 } as const;

export interface StoreCanvas {
  /** A PNG of the popup (or any page part), drawn at the right of the canvas. */
  png: Buffer;
  /** What the picture shows, in a few words, at the left. */
  headline: string;
  points: readonly string[];
}

/**
 * A store screenshot: the real popup, taken from the built extension, on a 1280 × 800 canvas
 * in the extension's colours with a headline beside it. The popup alone (400 × 600) would be
 * lost in the stores' frame, and an upscaled one blurred: callers pass a sharp 2× capture.
 */
export async function drawStoreCanvas(
  context: BrowserContext,
  canvas: StoreCanvas,
): Promise<Buffer> {
  const page = await context.newPage();
  try {
    await page.setViewportSize(STORE_SIZE);
    await page.setContent(CANVAS_PAGE);
    await page.evaluate(
      ({ src, headline, points }) => {
        document.querySelector('img')!.src = src;
        document.querySelector('h1')!.textContent = headline;
        const list = document.querySelector('ul')!;
        for (const point of points)
          list.append(Object.assign(document.createElement('li'), { textContent: point }));
        return document.querySelector('img')!.decode();
      },
      {
        src: `data:image/png;base64,${canvas.png.toString('base64')}`,
        headline: canvas.headline,
        points: canvas.points,
      },
    );
    return await page.screenshot({ animations: 'disabled' });
  } finally {
    await page.close();
  }
}

/** The canvas: text column at the left, the capture (shown 480 px wide) at the right. */
const CANVAS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: 1280px; height: 800px; overflow: hidden; }
  body { display: grid; grid-template-columns: 1fr 520px; align-items: center; gap: 48px;
    padding: 0 110px 0 120px; box-sizing: border-box;
    font: 20px/1.45 system-ui, sans-serif; color: #1c1e22;
    background: linear-gradient(180deg, #fdf3ee 0%, #f3cdb8 100%); }
  .brand { display: flex; align-items: center; gap: 12px; font-weight: 700; font-size: 22px; color: #b7410e; }
  .brand::before { content: ''; width: 16px; height: 16px; border-radius: 50%; background: #b7410e;
    box-shadow: 0 0 0 5px rgb(183 65 14 / 0.18); }
  h1 { margin: 18px 0 22px; font-size: 46px; line-height: 1.12; letter-spacing: -0.02em; }
  ul { margin: 0; padding: 0 0 0 1.1em; color: #3b3f46; }
  li + li { margin-top: 10px; }
  figure { margin: 0; justify-self: center; }
  img { display: block; width: 480px; height: auto; border-radius: 12px;
    box-shadow: 0 24px 60px rgb(60 20 0 / 0.35), 0 0 0 1px rgb(0 0 0 / 0.08); }
</style></head><body>
  <div><div class="brand">Rust Radar</div><h1></h1><ul></ul></div>
  <figure><img alt=""></figure>
</body></html>`;
