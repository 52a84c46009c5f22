// A catalog icon as a CSS background image (an SVG data URL). Nodes on the canvas draw their
// icon this way instead of inline <svg>: an inline SVG root is a replaced element with its
// own viewBox transform, and on a 1,000-node board those thousand extra paint-property nodes
// made every drag and pan frame slower to paint and layerize (see bench/RESULTS.md). A
// background image is one draw call, decoded once per icon and colour.
import { ICONS, type IconId } from './icons';

const cache = new Map<string, string>();

/** `url("data:image/svg+xml,…")` for the icon stroked in `color` (a CSS colour without quotes). */
export function iconImageUrl(icon: IconId, color: string): string {
  const key = `${icon} ${color}`;
  let url = cache.get(key);
  if (!url) {
    const paths = ICONS[icon].map((d) => `<path d='${d}'/>`).join('');
    const svg =
      `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='${color}' ` +
      `stroke-width='1.6' stroke-linecap='round' stroke-linejoin='round'>${paths}</svg>`;
    // Only the characters that break a double-quoted CSS url() or a data URL are escaped.
    url = `url("data:image/svg+xml,${svg.replace(/%/g, '%25').replace(/#/g, '%23').replace(/"/g, '%22').replace(/\n/g, ' ')}")`;
    cache.set(key, url);
  }
  return url;
}
