import { describe, expect, it } from 'vitest';
import { boardBounds, createEmptyDocument } from '@/lib/model/document';
import { boardFileName } from '@/lib/model/serialize';
import type { BoardNode } from '@/lib/model/types';
import {
  EXPORT_DEFAULTS,
  cappedPixelRatio,
  computeExportFrame,
  imageFileName,
  scoreLine,
  viewportTransformCss,
} from './png-geometry';

const leaf = (id: string, x: number, y: number, parentId?: string): BoardNode => ({
  id,
  kind: 'k8s-service',
  label: id,
  position: { x, y },
  ...(parentId ? { parentId } : {}),
  tags: [],
  notes: '',
});

describe('computeExportFrame', () => {
  it('is null for an empty board or broken bounds', () => {
    expect(computeExportFrame(null)).toBeNull();
    expect(computeExportFrame({ x: NaN, y: 0, width: 10, height: 10 })).toBeNull();
    expect(computeExportFrame({ x: 0, y: 0, width: Infinity, height: 10 })).toBeNull();
  });

  it('fits the node bounds with a margin on every side, at 2x', () => {
    const frame = computeExportFrame({ x: 100, y: -50, width: 1000, height: 400 }, { margin: 40, headerHeight: 60 })!;
    expect(frame.boardRect).toEqual({ x: 60, y: -90, width: 1080, height: 480 });
    expect(frame.width).toBe(1080);
    expect(frame.height).toBe(60 + 480);
    expect(frame.header).toEqual({ x: 0, y: 0, width: 1080, height: 60 });
    expect(frame.content).toEqual({ x: 0, y: 60, width: 1080, height: 480 });
    expect(frame.footer).toBeNull();
    expect(frame.pixelRatio).toBe(2);
    expect(frame.pixelWidth).toBe(2160);
    expect(frame.pixelHeight).toBe(1080);
  });

  it('puts the board corner at the content corner (viewport translate)', () => {
    const frame = computeExportFrame({ x: 100, y: -50, width: 1000, height: 400 }, { margin: 40 })!;
    expect(frame.viewportTransform).toEqual({ x: -60, y: 90, zoom: 1 });
    expect(viewportTransformCss(frame)).toBe('translate(-60px, 90px) scale(1)');
    // The first node's top-left corner sits exactly one margin inside the content band.
    expect(100 + frame.viewportTransform.x).toBe(40);
    expect(-50 + frame.viewportTransform.y).toBe(40);
  });

  it('adds the footer band below the content when asked', () => {
    const frame = computeExportFrame({ x: 0, y: 0, width: 600, height: 300 }, { footer: true })!;
    const { margin, headerHeight, footerHeight } = EXPORT_DEFAULTS;
    expect(frame.footer).toEqual({ x: 0, y: headerHeight + 300 + 2 * margin, width: 600 + 2 * margin, height: footerHeight });
    expect(frame.height).toBe(headerHeight + 300 + 2 * margin + footerHeight);
    expect(frame.pixelHeight).toBe(frame.height * 2);
  });

  it('rounds fractional bounds up to whole CSS pixels', () => {
    const frame = computeExportFrame({ x: 0.5, y: 0.25, width: 600.2, height: 300.7 }, { margin: 10 })!;
    expect(frame.width).toBe(621);
    expect(frame.content.height).toBe(321);
    expect(Number.isInteger(frame.pixelWidth) && Number.isInteger(frame.pixelHeight)).toBe(true);
  });

  it('widens a tiny board to the minimum width and centres it', () => {
    const frame = computeExportFrame({ x: 0, y: 0, width: 184, height: 64 }, { margin: 48, minWidth: 480 })!;
    expect(frame.width).toBe(480);
    // 184 + 96 = 280 wide, 200 spare: 100 on each side.
    expect(frame.boardRect.x).toBe(-48 - 100);
    expect(frame.boardRect.x + frame.boardRect.width / 2).toBe(92); // the node's centre
  });

  it('lowers the pixel ratio so a huge board stays under the pixel budget', () => {
    const frame = computeExportFrame({ x: 0, y: 0, width: 6000, height: 4000 })!;
    expect(frame.pixelRatio).toBeLessThan(2);
    expect(frame.pixelWidth * frame.pixelHeight).toBeLessThanOrEqual(16_000_000);
    // …but not by more than needed: within a pixel row/column of the budget.
    expect(frame.pixelWidth * frame.pixelHeight).toBeGreaterThan(16_000_000 - (frame.pixelWidth + frame.pixelHeight) * 2);
  });

  it('keeps each side under the canvas limit for a long, thin board', () => {
    const frame = computeExportFrame({ x: 0, y: 0, width: 30_000, height: 100 })!;
    expect(frame.pixelWidth).toBeLessThanOrEqual(16_384);
    expect(frame.pixelWidth * frame.pixelHeight).toBeLessThanOrEqual(16_000_000);
  });

  it('uses the board model bounds, boundaries and nested children included', () => {
    const doc = createEmptyDocument('Bounds');
    const vpc: BoardNode = { ...leaf('vpc', -200, -100), kind: 'vpc', size: { width: 800, height: 500 } };
    doc.nodes = [vpc, leaf('a', 40, 60, 'vpc'), leaf('far', 1500, 900)];
    const bounds = boardBounds(doc)!;
    expect(bounds).toEqual({ x: -200, y: -100, width: 1500 + 184 + 200, height: 900 + 64 + 100 });
    const frame = computeExportFrame(bounds)!;
    expect(frame.pixelWidth).toBe((bounds.width + 96) * 2);
  });
});

describe('cappedPixelRatio', () => {
  it('keeps the preferred ratio for an ordinary board', () => {
    expect(cappedPixelRatio(1600, 1000)).toBe(2);
    // 2000 × 2000 is 4 MP: a ratio of 2 makes exactly 16 MP, so a preferred 3 is lowered to 2.
    expect(cappedPixelRatio(2000, 2000, { preferredPixelRatio: 3 })).toBe(2);
    expect(cappedPixelRatio(1600, 1000, { preferredPixelRatio: 3 })).toBe(3);
  });

  it('honours a custom budget and side limit', () => {
    expect(cappedPixelRatio(1000, 1000, { maxPixels: 1_000_000 })).toBe(1);
    expect(cappedPixelRatio(4000, 10, { maxSide: 2000 })).toBe(0.5);
  });
});

describe('file names and footer text', () => {
  it('turns the safe JSON name into an image name', () => {
    expect(imageFileName(boardFileName('My: board?'), 'png')).toBe('My board.png');
    expect(imageFileName(boardFileName(''), 'svg')).toBe('Untitled board.svg');
    expect(imageFileName(boardFileName('notes.json'), 'png')).toBe('notes.png');
  });

  it('words the score', () => {
    expect(scoreLine({ passed: 7, applicable: 10 })).toBe('Checklist score: 7 of 10 rules pass');
    expect(scoreLine({ passed: 1, applicable: 1 })).toBe('Checklist score: 1 of 1 rule passes');
  });
});
