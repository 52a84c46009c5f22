// The arithmetic of an exported picture (PNG or SVG) of the whole board: which part of the
// board is shown, where the header and footer go, and how many pixels the image gets.
// Pure, so the browser code in png.ts only draws what this decides, and the e2e test can
// compute the expected image size from the same numbers.
import type { Rect } from '@/lib/model/document';

export interface ExportFrameOptions {
  /** Board pixels of empty space around the outermost nodes (edges route a little outside them). */
  margin?: number;
  /** Height of the title-and-date band at the top, in CSS pixels. */
  headerHeight?: number;
  /** Whether a footer band (the checklist score) is drawn. */
  footer?: boolean;
  footerHeight?: number;
  /** A tiny board is widened to this so the header's title and date still fit. */
  minWidth?: number;
  /** 2 gives a sharp picture on a high-density screen and when zoomed in. */
  preferredPixelRatio?: number;
  /** A huge board gets a lower pixel ratio so the image stays under this many pixels. */
  maxPixels?: number;
  /**
   * Browsers refuse canvases wider or taller than about 16,384 px, so neither side may
   * exceed this.
   */
  maxSide?: number;
}

export const EXPORT_DEFAULTS = {
  margin: 48,
  headerHeight: 64,
  footerHeight: 40,
  minWidth: 480,
  preferredPixelRatio: 2,
  maxPixels: 16_000_000,
  maxSide: 16_384,
} as const;

export interface ExportFrame {
  /** The part of the board shown, in board coordinates: node bounds plus margin (widened to minWidth). */
  boardRect: Rect;
  /** Image size in CSS pixels, before the pixel ratio. */
  width: number;
  height: number;
  /** Bands of the image, in CSS pixels from its top-left corner. */
  header: Rect;
  content: Rect;
  footer: Rect | null;
  /**
   * Where the React Flow viewport goes inside the content band: translate by (x, y) at zoom
   * 1, so the board point boardRect.(x, y) lands on the band's top-left corner.
   */
  viewportTransform: { x: number; y: number; zoom: 1 };
  pixelRatio: number;
  /** The image file's size in pixels (what a PNG's IHDR says). */
  pixelWidth: number;
  pixelHeight: number;
}

/** The frame for a board whose nodes span `bounds`; null for an empty board (nothing to draw). */
export function computeExportFrame(bounds: Rect | null, options: ExportFrameOptions = {}): ExportFrame | null {
  if (!bounds || !isFiniteRect(bounds)) return null;
  const margin = Math.max(0, options.margin ?? EXPORT_DEFAULTS.margin);
  const headerHeight = Math.max(0, options.headerHeight ?? EXPORT_DEFAULTS.headerHeight);
  const footerHeight = options.footer ? Math.max(0, options.footerHeight ?? EXPORT_DEFAULTS.footerHeight) : 0;
  const minWidth = Math.max(1, options.minWidth ?? EXPORT_DEFAULTS.minWidth);

  // Whole CSS pixels, so the image has no half-pixel seam at its edge.
  const fittedWidth = Math.ceil(Math.max(0, bounds.width) + 2 * margin);
  const width = Math.max(fittedWidth, minWidth);
  const contentHeight = Math.max(1, Math.ceil(Math.max(0, bounds.height) + 2 * margin));
  const height = headerHeight + contentHeight + footerHeight;

  // A board narrower than minWidth is centred in the wider picture.
  const extra = width - fittedWidth;
  const boardRect: Rect = {
    x: bounds.x - margin - extra / 2,
    y: bounds.y - margin,
    width,
    height: contentHeight,
  };

  const pixelRatio = cappedPixelRatio(width, height, options);
  return {
    boardRect,
    width,
    height,
    header: { x: 0, y: 0, width, height: headerHeight },
    content: { x: 0, y: headerHeight, width, height: contentHeight },
    footer: footerHeight > 0 ? { x: 0, y: headerHeight + contentHeight, width, height: footerHeight } : null,
    viewportTransform: { x: -boardRect.x, y: -boardRect.y, zoom: 1 },
    pixelRatio,
    pixelWidth: Math.max(1, Math.floor(width * pixelRatio)),
    pixelHeight: Math.max(1, Math.floor(height * pixelRatio)),
  };
}

/**
 * The preferred ratio, lowered until the image fits both the pixel budget and the
 * per-side limit. Below 1 the picture is smaller than the board on screen: a 20,000-px-wide
 * board still exports, just less sharp, rather than failing.
 */
export function cappedPixelRatio(width: number, height: number, options: ExportFrameOptions = {}): number {
  const preferred = options.preferredPixelRatio ?? EXPORT_DEFAULTS.preferredPixelRatio;
  const maxPixels = options.maxPixels ?? EXPORT_DEFAULTS.maxPixels;
  const maxSide = options.maxSide ?? EXPORT_DEFAULTS.maxSide;
  if (width <= 0 || height <= 0) return preferred;
  return Math.min(preferred, Math.sqrt(maxPixels / (width * height)), maxSide / width, maxSide / height);
}

/** The CSS transform for the viewport element (what React Flow itself writes). */
export function viewportTransformCss(frame: ExportFrame): string {
  const { x, y, zoom } = frame.viewportTransform;
  return `translate(${x}px, ${y}px) scale(${zoom})`;
}

/** "Checklist score: 7 of 10 rules pass" — the footer text for a checklist score. */
export function scoreLine(score: { passed: number; applicable: number }): string {
  return `Checklist score: ${score.passed} of ${score.applicable} ${score.applicable === 1 ? 'rule passes' : 'rules pass'}`;
}

/** "My board" → "My board.png" (the name comes from boardFileName, which makes it safe everywhere). */
export function imageFileName(jsonFileName: string, extension: 'png' | 'svg'): string {
  return `${jsonFileName.replace(/\.json$/i, '')}.${extension}`;
}

function isFiniteRect(r: Rect): boolean {
  return [r.x, r.y, r.width, r.height].every(Number.isFinite);
}
