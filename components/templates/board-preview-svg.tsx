'use client';
import { memo, useMemo } from 'react';
import { computeBoardPreview } from '@/lib/export/board-preview';
import type { BoardDocument } from '@/lib/model/types';

interface BoardPreviewSvgProps {
  doc: BoardDocument;
  width: number;
  height: number;
  /** Read out instead of the drawing, e.g. "Diagram of Search: 31 components". */
  label: string;
}

/** A miniature of a board drawn from its document: boxes in category colours and edge lines. */
export const BoardPreviewSvg = memo(function BoardPreviewSvg({ doc, width, height, label }: BoardPreviewSvgProps) {
  const preview = useMemo(() => computeBoardPreview(doc, { width, height }, { padding: 6 }), [doc, width, height]);
  return (
    <svg className="board-preview" role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
      {preview.rects
        .filter((r) => r.boundary)
        .map((r) => (
          <rect key={r.id} className="preview-boundary" x={r.x} y={r.y} width={r.width} height={r.height} rx={3} />
        ))}
      {preview.lines.map((line) => (
        <line key={line.id} className={`preview-edge preview-edge-${line.kind}`} x1={line.from.x} y1={line.from.y} x2={line.to.x} y2={line.to.y} />
      ))}
      {preview.rects
        .filter((r) => !r.boundary)
        .map((r) => (
          <rect key={r.id} className={`preview-node category-${r.category}`} x={r.x} y={r.y} width={r.width} height={r.height} rx={1.5} />
        ))}
    </svg>
  );
});
