'use client';
import { memo, useMemo } from 'react';
import { boardPreview } from '@/lib/practice/preview';
import type { BoardDocument } from '@/lib/model/types';

interface BoardPreviewSvgProps {
  doc: BoardDocument;
  /** Read out instead of the drawing, e.g. "Diagram of Search: 31 components". */
  label: string;
}

/**
 * A miniature of a board drawn from its document (the geometry is lib/practice/preview,
 * shared with the practice review): boxes in their category colours, edges as lines.
 * The SVG scales to its container; strokes keep their screen width however small it gets.
 */
export const BoardPreviewSvg = memo(function BoardPreviewSvg({ doc, label }: BoardPreviewSvgProps) {
  const preview = useMemo(() => boardPreview(doc, { padding: 24 }), [doc]);
  const v = preview.viewBox;
  return (
    <svg className="template-preview-svg" role="img" aria-label={label} viewBox={`${v.x} ${v.y} ${v.width} ${v.height}`}>
      {preview.shapes
        .filter((s) => s.boundary)
        .map((s) => (
          <rect key={s.id} className="preview-boundary" x={s.x} y={s.y} width={s.width} height={s.height} rx={12} />
        ))}
      {preview.lines.map((l) => (
        <line key={l.id} className={`preview-edge preview-edge-${l.kind}`} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} />
      ))}
      {preview.shapes
        .filter((s) => !s.boundary)
        .map((s) => (
          <rect key={s.id} className={`preview-node category-${s.category}`} x={s.x} y={s.y} width={s.width} height={s.height} rx={8} />
        ))}
    </svg>
  );
});
