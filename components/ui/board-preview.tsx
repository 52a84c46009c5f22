'use client';
// A miniature of a board drawn from its document, for the template gallery and the practice
// review. The geometry is lib/practice/preview's boardPreview(); the look (category colours,
// edge dashes, strokes that keep their screen width however small the picture) is all in
// board-preview.css. The SVG fills its container, which gives it its size.
import { memo, useMemo } from 'react';
import type { BoardDocument } from '@/lib/model/types';
import { boardPreview, type PreviewShape } from '@/lib/practice/preview';
import './board-preview.css';

interface BoardPreviewProps {
  doc: BoardDocument;
  /** Read out instead of the drawing, e.g. "Diagram of Search: 31 components". */
  label: string;
  /** Writes each component's label in its box; worth it only where the picture is large. */
  showLabels?: boolean;
}

const MAX_LABEL_CHARS = 18;

function ShapeBox({ shape }: { shape: PreviewShape }) {
  return (
    <rect
      className={shape.boundary ? 'board-preview-boundary' : `board-preview-node category-${shape.category}`}
      x={shape.x}
      y={shape.y}
      width={shape.width}
      height={shape.height}
      rx={shape.boundary ? 12 : 8}
    >
      <title>{shape.label}</title>
    </rect>
  );
}

export const BoardPreview = memo(function BoardPreview({ doc, label, showLabels = false }: BoardPreviewProps) {
  const preview = useMemo(() => boardPreview(doc), [doc]);
  const { viewBox: v, shapes } = preview;
  // Boundaries come first in `shapes`; edges are drawn between them and the nodes.
  const firstNode = shapes.findIndex((s) => !s.boundary);
  const boundaries = firstNode === -1 ? shapes : shapes.slice(0, firstNode);
  const nodes = firstNode === -1 ? [] : shapes.slice(firstNode);
  return (
    <svg className="board-preview" role="img" aria-label={label} viewBox={`${v.x} ${v.y} ${v.width} ${v.height}`} preserveAspectRatio="xMidYMid meet">
      {preview.empty && (
        <text x={v.x + v.width / 2} y={v.y + v.height / 2} textAnchor="middle" className="board-preview-empty" fontSize={v.height / 10}>
          Empty board
        </text>
      )}
      {boundaries.map((s) => (
        <ShapeBox key={s.id} shape={s} />
      ))}
      {preview.lines.map((l) => (
        <line key={l.id} className={`board-preview-edge is-${l.kind}`} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} />
      ))}
      {nodes.map((s) => (
        <ShapeBox key={s.id} shape={s} />
      ))}
      {showLabels &&
        nodes.map((s) => (
          <text key={s.id} x={s.x + s.width / 2} y={s.y + s.height / 2} textAnchor="middle" dominantBaseline="central" fontSize={18} className="board-preview-label">
            {s.label.length > MAX_LABEL_CHARS ? `${s.label.slice(0, MAX_LABEL_CHARS - 1)}…` : s.label}
          </text>
        ))}
    </svg>
  );
});
