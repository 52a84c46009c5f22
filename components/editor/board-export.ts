'use client';
// Export PNG / Export SVG / Copy share link. The picture code (lib/export/png.ts and
// svg-snapshot.ts) and the share-link codec (with lz-string) load on first use, so they stay
// out of the first-load bundle. Results and failures are reported through notices.
import { boardBounds } from '@/lib/model/document';
import { boardFileName } from '@/lib/model/serialize';
import { evaluateChecklist } from '@/lib/checklist';
import { notify, useNotices } from '@/components/ui/notices';
import { currentDoc } from './board-store';
import { downloadBlob } from '@/components/ui/download';
import { useDialogs } from './dialogs';

/** A second click while the first export runs would download twice. */
let exporting = false;

/** The canvas's viewport element (the one React Flow transforms when panning and zooming). */
function canvasViewport(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.board-canvas .react-flow__viewport');
}

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function exportPicture(format: 'png' | 'svg') {
  if (exporting) return;
  const doc = currentDoc();
  const bounds = boardBounds(doc);
  if (!bounds) {
    notify.warning('There is nothing to export: the board is empty.');
    return;
  }
  const viewport = canvasViewport();
  if (!viewport) {
    notify.error('The canvas is not ready yet: try the export again in a moment.');
    return;
  }
  exporting = true;
  // A big board takes a moment (a 16-megapixel PNG is drawn and encoded): say so.
  const progress = notify.info(`Exporting ${format.toUpperCase()}…`);
  try {
    const [picture, { imageFileName }] = await Promise.all([import('@/lib/export/png'), import('@/lib/export/png-geometry')]);
    const input = { viewport, bounds, title: doc.title, date: new Date(), score: evaluateChecklist(doc).score };
    const name = imageFileName(boardFileName(doc.title), format);
    if (format === 'png') {
      const { blob, frame } = await picture.boardToPng(input);
      downloadBlob(blob, name);
      notify.info(`Exported “${name}” (${frame.pixelWidth} × ${frame.pixelHeight} px).`);
    } else {
      const { svg } = await picture.boardToSvg(input);
      downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), name);
      notify.info(`Exported “${name}”.`);
    }
  } catch (error) {
    notify.error(`The ${format.toUpperCase()} export failed: ${describeError(error)}`);
  } finally {
    useNotices.getState().dismiss(progress);
    exporting = false;
  }
}

export async function copyShareLink() {
  const doc = currentDoc();
  let url: string;
  let warnAboveChars: number;
  try {
    const { SHARE_LINK_WARN_CHARS, shareUrl } = await import('@/lib/export/share-link');
    warnAboveChars = SHARE_LINK_WARN_CHARS;
    url = shareUrl(window.location.href, doc);
  } catch (error) {
    notify.error(`The share link could not be made: ${describeError(error)}`);
    return;
  }
  const length = url.length.toLocaleString('en-US');
  if (url.length > warnAboveChars) {
    notify.warning(
      `This link is ${length} characters long: chat apps, mail clients and some browsers may cut it. ` +
        'For a board this big, Export JSON and send the file instead.',
    );
  }
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(url);
    notify.info(`Link copied (${length} characters). Whoever opens it gets a copy of this board as a new board.`);
  } catch {
    // Permission refused, or the page is not allowed the clipboard: let the user copy it by hand.
    useDialogs.getState().open('share-link', url);
  }
}
