// Pictures of the whole board (PNG and SVG) — the browser edge of lib/export.
//
// React Flow's download-image example captures `.react-flow__viewport` with its transform
// overridden so every node is in view. We do the same, but on a *copy* of the viewport inside
// a frame that also holds a header (title, date) and a footer (checklist score). The copy is
// never put in the page, so the user's canvas never flickers; it is cleaned up (no selection
// outlines, no handles) and given the light theme while the app stays dark.
//
// Our own renderer, not html-to-image: the frame is serialised with XMLSerializer into an SVG
// <foreignObject>, and the page's own CSS rules go into the SVG's <style> (svg-snapshot.ts).
// html-to-image copied every computed style onto each copied element (huge SVGs, slow exports:
// the figures are in the README). Edges and their labels are inside the viewport element
// (`.react-flow__edges`, whose first <svg> holds the arrowhead <marker> definitions that the
// edges' `url(#…)` point to, and `.react-flow__edgelabel-renderer`), so the copy includes them.
import type { Rect } from '@/lib/model/document';
import { UNTITLED_BOARD_TITLE } from '@/lib/model/types';
import { computeExportFrame, scoreLine, viewportTransformCss, type ExportFrame, type ExportFrameOptions } from './png-geometry';
import type { PngEncodeReply, PngEncodeRequest } from './png-encode.worker';
import { classNamesOf, collectPictureCss, lightThemeVariables, svgDocumentText } from './svg-snapshot';

export interface BoardPictureInput {
  /** The live `.react-flow__viewport` element of the canvas (it is copied, never changed). */
  viewport: HTMLElement;
  /** The nodes' bounds in board coordinates (boardBounds(doc)); null for an empty board. */
  bounds: Rect | null;
  title: string;
  date: Date;
  /** Shown in the footer; null leaves the footer out. */
  score?: { passed: number; applicable: number } | null;
  frameOptions?: ExportFrameOptions;
  /** The picture's background; light by default, whatever the app's theme. */
  background?: string;
}

export interface BoardSvgResult {
  svg: string;
  frame: ExportFrame;
}

export interface BoardPngResult {
  blob: Blob;
  frame: ExportFrame;
}

export class EmptyBoardError extends Error {
  constructor() {
    super('There is nothing to export: the board is empty.');
    this.name = 'EmptyBoardError';
  }
}

const LIGHT_BACKGROUND = '#ffffff';
/** Interactive decorations that do not belong in a picture; the viewport portal holds the review's ghosts, never part of the board. */
const LEFT_OUT = ['react-flow__handle', 'react-flow__resize-control', 'react-flow__edgeupdater', 'react-flow__minimap', 'react-flow__viewport-portal'];
/** State classes that would show the selection or a checklist highlight in the picture. */
const STATE_CLASSES = ['selected', 'is-selected', 'is-highlighted', 'is-dimmed', 'dragging'];

/** The whole board as an SVG document (text), with header and footer; self-contained (CSS inside). */
export async function boardToSvg(input: BoardPictureInput): Promise<BoardSvgResult> {
  const { frame, css, xhtml } = captureFrame(input);
  return { svg: svgDocumentText({ width: frame.width, height: frame.height, css, xhtml }), frame };
}

/** The whole board as a PNG at the frame's pixel ratio (2×, lower for a huge board). */
export async function boardToPng(input: BoardPictureInput): Promise<BoardPngResult> {
  const { frame, css, xhtml } = captureFrame(input);
  // The SVG asks to be drawn at the PNG's pixel size, so the browser rasterises the vector
  // content at the full pixel ratio rather than scaling a 1× bitmap up.
  const svg = svgDocumentText({
    width: frame.width,
    height: frame.height,
    outerWidth: frame.pixelWidth,
    outerHeight: frame.pixelHeight,
    css,
    xhtml,
  });
  const image = await loadSvgImage(svg);
  const blob = await encodePng(image, frame.pixelWidth, frame.pixelHeight, input.background ?? LIGHT_BACKGROUND);
  return { blob, frame };
}

/**
 * Draws the picture on a canvas and encodes it as PNG, asynchronously. The drawing happens
 * here (an SVG image only exists on the main thread); the encoding in a worker, because
 * Chromium delays a main-thread PNG encode by up to a second (see png-encode.worker.ts).
 * Without OffscreenCanvas or workers, or if the worker fails, canvas.toBlob does it here.
 */
async function encodePng(image: HTMLImageElement, width: number, height: number, background: string): Promise<Blob> {
  if (typeof OffscreenCanvas === 'function' && typeof Worker === 'function') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { alpha: false });
    if (context) {
      drawPicture(context, image, width, height, background);
      // Rasterises the picture now; the bitmap is handed to the worker, not copied.
      const bitmap = canvas.transferToImageBitmap();
      try {
        return await encodePngInWorker(bitmap);
      } catch {
        // Fall through to the main-thread encoder (the bitmap is gone: draw again).
      }
    }
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { alpha: false });
  if (!context) throw new Error('This browser could not create a drawing surface for the picture.');
  drawPicture(context, image, width, height, background);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  // Free the big bitmap now rather than whenever the garbage collector gets to it.
  canvas.width = canvas.height = 0;
  if (!blob) throw new Error('The browser could not encode the picture as PNG (it may be too large).');
  return blob;
}

function encodePngInWorker(bitmap: ImageBitmap): Promise<Blob> {
  const worker = new Worker(new URL('./png-encode.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Blob>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<PngEncodeReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.blob);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage({ bitmap } satisfies PngEncodeRequest, [bitmap]);
  });
}

function drawPicture(
  context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  image: HTMLImageElement,
  width: number,
  height: number,
  background: string,
) {
  // Opaque, on the picture's background (the SVG's own background covers it too).
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
}

/** The frame as serialised XHTML plus the CSS that applies to it. */
function captureFrame(input: BoardPictureInput): { frame: ExportFrame; css: string; xhtml: string } {
  const frame = computeExportFrame(input.bounds, { footer: !!input.score, ...input.frameOptions });
  if (!frame) throw new EmptyBoardError();
  const host = buildFrameElement(input, frame);
  const css = collectPictureCss(document.styleSheets, classNamesOf([host, ...host.querySelectorAll('*')]));
  const xhtml = new XMLSerializer().serializeToString(host);
  return { frame, css, xhtml };
}

/** The frame: header, a React Flow–styled box with the viewport copy, footer (not in the page). */
function buildFrameElement(input: BoardPictureInput, frame: ExportFrame): HTMLElement {
  const background = input.background ?? LIGHT_BACKGROUND;
  const host = document.createElement('div');
  host.className = 'board-export-frame';
  Object.assign(host.style, {
    position: 'relative',
    width: `${frame.width}px`,
    height: `${frame.height}px`,
    background,
    color: 'var(--text)',
    colorScheme: 'light',
    overflow: 'hidden',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    fontSize: '14px',
  } satisfies Partial<CSSStyleDeclaration>);
  // The light theme's variables, whatever the app's theme: every var(--surface) inside resolves to them.
  for (const [name, value] of Object.entries(lightThemeVariables(document.styleSheets))) host.style.setProperty(name, value);

  host.appendChild(buildHeader(input.title, input.date, frame.header));

  const content = document.createElement('div');
  // `react-flow light`: React Flow's own light-theme variables (edge and marker colours).
  content.className = 'react-flow light';
  Object.assign(content.style, {
    position: 'absolute',
    left: `${frame.content.x}px`,
    top: `${frame.content.y}px`,
    width: `${frame.content.width}px`,
    height: `${frame.content.height}px`,
    overflow: 'hidden',
    background,
  } satisfies Partial<CSSStyleDeclaration>);
  content.style.setProperty('--xy-background-color', background);
  const viewport = input.viewport.cloneNode(true) as HTMLElement;
  viewport.style.transform = viewportTransformCss(frame);
  viewport.style.transformOrigin = '0 0';
  for (const element of viewport.querySelectorAll(LEFT_OUT.map((c) => `.${c}`).join(','))) element.remove();
  for (const element of viewport.querySelectorAll<Element>(STATE_CLASSES.map((c) => `.${c}`).join(','))) {
    element.classList.remove(...STATE_CLASSES);
  }
  content.appendChild(viewport);
  host.appendChild(content);

  if (frame.footer && input.score) host.appendChild(buildFooter(scoreLine(input.score), frame.footer));
  return host;
}

function buildHeader(title: string, date: Date, band: Rect): HTMLElement {
  const header = bandElement(band);
  Object.assign(header.style, { borderBottom: '1px solid #d5dae1', gap: '24px' });
  const titleElement = document.createElement('div');
  titleElement.textContent = title.trim() || UNTITLED_BOARD_TITLE;
  Object.assign(titleElement.style, {
    fontSize: '22px',
    fontWeight: '700',
    color: '#1b1f24',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    minWidth: '0',
  } satisfies Partial<CSSStyleDeclaration>);
  const dateElement = document.createElement('div');
  dateElement.textContent = date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  Object.assign(dateElement.style, { fontSize: '14px', color: '#5b6572', whiteSpace: 'nowrap', marginLeft: 'auto' });
  header.append(titleElement, dateElement);
  return header;
}

function buildFooter(text: string, band: Rect): HTMLElement {
  const footer = bandElement(band);
  Object.assign(footer.style, { borderTop: '1px solid #d5dae1', fontSize: '13px', color: '#5b6572' });
  const score = document.createElement('div');
  score.textContent = text;
  const brand = document.createElement('div');
  brand.textContent = 'Design Drill';
  brand.style.marginLeft = 'auto';
  footer.append(score, brand);
  return footer;
}

/** An absolutely placed horizontal band with its text vertically centred. */
function bandElement(rect: Rect): HTMLElement {
  const element = document.createElement('div');
  Object.assign(element.style, {
    position: 'absolute',
    left: `${rect.x}px`,
    top: `${rect.y}px`,
    width: `${rect.width}px`,
    height: `${rect.height}px`,
    display: 'flex',
    alignItems: 'center',
    padding: '0 24px',
    boxSizing: 'border-box',
  } satisfies Partial<CSSStyleDeclaration>);
  return element;
}

/** Loads the SVG text as an image, ready to draw (parsed, laid out and decoded). */
async function loadSvgImage(svg: string): Promise<HTMLImageElement> {
  const image = new Image();
  // A data URL, not a blob URL: Chromium and WebKit have tainted canvases drawn from blob-URL
  // SVGs with a foreignObject, and a tainted canvas refuses toBlob.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  try {
    await image.decode();
  } catch {
    throw new Error('The browser could not draw the board picture.');
  }
  return image;
}
