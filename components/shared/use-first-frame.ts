import { useEffect, useState } from 'preact/hooks';

/**
 * True during a component's first render only. Preact runs effects once that frame is on
 * screen, so a page can draw what is in view first and the rest right after it: the first
 * frame then does not wait for the styling, layout and raster of what is out of sight.
 */
export function useFirstFrame(): boolean {
  const [firstFrame, setFirstFrame] = useState(true);
  useEffect(() => setFirstFrame(false), []);
  return firstFrame;
}
