'use client';
import { memo, useMemo } from 'react';
import type { BoardDocument } from '@/lib/model/types';
import { boardPreview } from '@/lib/practice/preview';

const DASH: Record<string, string | undefined> = { sync: undefined, async: '10 6', stream: '3 4', batch: '16 5 3 5' };

/** A small read-only SVG picture of a board (the review's phase snapshots). */
export const BoardPreview = memo(function BoardPreview({ doc, label }: { doc: BoardDocument; label: string }) {
  const preview = useMemo(() => boardPreview(doc), [doc]);
  const { viewBox: v } = preview;
  // Strokes in board units: keep them visible however far the picture is scaled down.
  const stroke = Math.max(2, v.width / 300);
  return (
    <svg
      className="board-preview"
      role="img"
      aria-label={`${label}: ${doc.nodes.length} components, ${doc.edges.length} connections`}
      viewBox={`${v.x} ${v.y} ${v.width} ${v.height}`}
      preserveAspectRatio="xMidYMid meet"
    >
      {preview.empty && (
        <text x={v.x + v.width / 2} y={v.y + v.height / 2} textAnchor="middle" className="board-preview-empty" fontSize={v.height / 10}>
          Empty board
        </text>
      )}
      {preview.shapes
        .filter((s) => s.boundary)
        .map((s) => (
          <rect
            key={s.id}
            x={s.x}
            y={s.y}
            width={s.width}
            height={s.height}
            rx={8}
            className="board-preview-boundary"
            strokeWidth={stroke}
            strokeDasharray={`${stroke * 4} ${stroke * 3}`}
          >
            <title>{s.label}</title>
          </rect>
        ))}
      {preview.lines.map((l) => (
        <line key={l.id} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} className="board-preview-edge" strokeWidth={stroke} strokeDasharray={DASH[l.kind]} />
      ))}
      {preview.shapes
        .filter((s) => !s.boundary)
        .map((s) => (
          <g key={s.id} data-kind={s.kind}>
            <rect
              x={s.x}
              y={s.y}
              width={s.width}
              height={s.height}
              rx={6}
              className="board-preview-node"
              style={{ stroke: `var(--c-${s.category})` }}
              strokeWidth={stroke * 1.5}
            />
            <text x={s.x + s.width / 2} y={s.y + s.height / 2} textAnchor="middle" dominantBaseline="central" fontSize={18} className="board-preview-label">
              {s.label.length > 18 ? `${s.label.slice(0, 17)}…` : s.label}
            </text>
          </g>
        ))}
    </svg>
  );
});
