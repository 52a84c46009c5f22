'use client';
// The toolbar's Export PNG / Export SVG / Copy share link commands. The picture code
// (lib/export/png.ts and svg-snapshot.ts), the share-link codec (with lz-string) and the
// share-link dialog are loaded on first use, so they stay out of the first-load bundle.
import { lazy, Suspense, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CommandId } from '@/lib/commands/registry';
import { boardBounds } from '@/lib/model/document';
import { boardFileName } from '@/lib/model/serialize';
import { evaluateChecklist } from '@/lib/checklist';
import { useBoardStore } from '@/components/editor/board-store';
import { downloadBlob } from '@/components/ui/download';
import { notify, useNotices } from '@/components/ui/notices';

const ShareLinkDialog = lazy(() => import('./share-link-dialog').then((m) => ({ default: m.ShareLinkDialog })));

type ExportHandlers = Partial<Record<Extract<CommandId, 'export-png' | 'export-svg' | 'share-link'>, () => void>>;

/** The canvas's viewport element (the one React Flow transforms when panning and zooming). */
function canvasViewport(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.board-canvas .react-flow__viewport');
}

export function useBoardExport(): { handlers: ExportHandlers; ui: ReactNode } {
  const [fallbackUrl, setFallbackUrl] = useState<string | null>(null);
  const busy = useRef(false);

  const exportPicture = useCallback(async (format: 'png' | 'svg') => {
    if (busy.current) return; // a second click while the first export runs would download twice
    const doc = useBoardStore.getState().history.present;
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
    busy.current = true;
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
      notify.error(`The ${format.toUpperCase()} export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      useNotices.getState().dismiss(progress);
      busy.current = false;
    }
  }, []);

  const copyShareLink = useCallback(async () => {
    const doc = useBoardStore.getState().history.present;
    let url: string;
    let warnAboveChars: number;
    try {
      const { SHARE_LINK_WARN_CHARS, shareUrl } = await import('@/lib/export/share-link');
      warnAboveChars = SHARE_LINK_WARN_CHARS;
      url = shareUrl(window.location.href, doc);
    } catch (error) {
      notify.error(`The share link could not be made: ${error instanceof Error ? error.message : String(error)}`);
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
      setFallbackUrl(url);
    }
  }, []);

  const handlers = useMemo<ExportHandlers>(
    () => ({
      'export-png': () => void exportPicture('png'),
      'export-svg': () => void exportPicture('svg'),
      'share-link': () => void copyShareLink(),
    }),
    [exportPicture, copyShareLink],
  );

  const ui = fallbackUrl ? (
    <Suspense fallback={null}>
      <ShareLinkDialog url={fallbackUrl} onClose={() => setFallbackUrl(null)} />
    </Suspense>
  ) : null;
  return { handlers, ui };
}
