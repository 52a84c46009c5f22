// Pictures of the whole board (PNG and SVG) — the browser edge of lib/export.
//
// React Flow's download-image example captures `.react-flow__viewport` with its transform
// overridden so every node is in view. We do the same, but on a *copy* of the viewport placed
// off screen inside a frame that also holds a header (title, date) and a footer (checklist
// score). Working on a copy means the user's canvas never flickers, and the copy can be
// cleaned up (no selection outlines, no handles) and given the light theme while the app
// stays dark: html-to-image reads computed styles, so the light theme's CSS variables are set
// on the frame itself and every `var(--surface)` inside resolves to the light value.
//
// Edges and their labels are inside the viewport element (`.react-flow__edges` with its
// arrowhead markers, and `.react-flow__edgelabel-renderer`), so the copy includes them.
// html-to-image is pinned to 1.11.11: 1.11.12 and 1.11.13 drop edges (html-to-image
// #496/#506, xyflow/web#759). It is imported lazily, so it is not in the first-load bundle.
import type { Rect } from '@/lib/model/document';
import { computeExportFrame, scoreLine, viewportTransformCss, type ExportFrame, type ExportFrameOptions } from './png-geometry';

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
/** Interactive decorations that do not belong in a picture. */
const LEFT_OUT = ['react-flow__handle', 'react-flow__resize-control', 'react-flow__edgeupdater', 'react-flow__minimap'];
/** State classes that would show the selection or a checklist highlight in the picture. */
const STATE_CLASSES = ['selected', 'is-selected', 'is-highlighted', 'is-dimmed', 'dragging'];

/** The whole board as an SVG document (text), with header and footer. */
export async function boardToSvg(input: BoardPictureInput): Promise<BoardSvgResult> {
  const { svgDataUrl, frame } = await captureFrame(input);
  return { svg: svgFromDataUrl(svgDataUrl), frame };
}

/** The whole board as a PNG at the frame's pixel ratio (2×, lower for a huge board). */
export async function boardToPng(input: BoardPictureInput): Promise<BoardPngResult> {
  const { svgDataUrl, frame } = await captureFrame(input);
  const image = await loadImage(svgDataUrl);
  const canvas = document.createElement('canvas');
  canvas.width = frame.pixelWidth;
  canvas.height = frame.pixelHeight;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser could not create a drawing surface for the picture.');
  context.fillStyle = input.background ?? LIGHT_BACKGROUND;
  context.fillRect(0, 0, canvas.width, canvas.height);
  // The SVG is vector: drawn at the canvas size, it is rasterised at the full pixel ratio.
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The browser could not encode the picture as PNG (it may be too large).');
  return { blob, frame };
}

async function captureFrame(input: BoardPictureInput): Promise<{ svgDataUrl: string; frame: ExportFrame }> {
  const frame = computeExportFrame(input.bounds, { footer: !!input.score, ...input.frameOptions });
  if (!frame) throw new EmptyBoardError();
  const { toSvg } = await import('html-to-image');
  const host = buildFrameElement(input, frame);
  document.body.appendChild(host);
  try {
    const svgDataUrl = await toSvg(host, {
      width: frame.width,
      height: frame.height,
      backgroundColor: input.background ?? LIGHT_BACKGROUND,
      // The frame sits off screen in the page; in the picture it starts at the origin.
      style: { position: 'static', left: '0', top: '0' },
      // System fonts only: nothing to embed, and skipping saves reading every stylesheet.
      skipFonts: true,
      filter: (node) => !(node instanceof Element && LEFT_OUT.some((c) => node.classList.contains(c))),
    });
    return { svgDataUrl, frame };
  } finally {
    host.remove();
  }
}

/** The off-screen frame: header, a React Flow–styled box with the viewport copy, footer. */
function buildFrameElement(input: BoardPictureInput, frame: ExportFrame): HTMLElement {
  const background = input.background ?? LIGHT_BACKGROUND;
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.className = 'board-export-frame';
  Object.assign(host.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${frame.width}px`,
    height: `${frame.height}px`,
    background,
    colorScheme: 'light',
    overflow: 'hidden',
    pointerEvents: 'none',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  } satisfies Partial<CSSStyleDeclaration>);
  for (const [name, value] of Object.entries(lightThemeVariables())) host.style.setProperty(name, value);

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
  titleElement.textContent = title.trim() || 'Untitled board';
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

/**
 * The custom properties of the light theme: those declared on plain `:root` rules (the dark
 * theme overrides them on `:root[data-theme=…]`). Read from the stylesheets rather than
 * copied here, so a colour changed in the CSS changes the exports too.
 */
export function lightThemeVariables(sheets: Iterable<CSSStyleSheet> = document.styleSheets): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const sheet of sheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a cross-origin sheet cannot be read; ours are same-origin
    }
    for (const rule of Array.from(rules)) {
      const styleRule = rule as CSSStyleRule;
      if (styleRule.selectorText?.trim() !== ':root' || !styleRule.style) continue;
      for (const name of Array.from(styleRule.style)) {
        if (name.startsWith('--')) variables[name] = styleRule.style.getPropertyValue(name).trim();
      }
    }
  }
  return variables;
}

/** html-to-image returns `data:image/svg+xml;charset=utf-8,<percent-encoded svg>`. */
export function svgFromDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return decodeURIComponent(dataUrl.slice(comma + 1));
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.decoding = 'async';
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The browser could not draw the board picture.'));
    image.src = src;
  });
}
