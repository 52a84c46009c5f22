'use client';
// The candidate's final board with the review's gaps drawn in as ghosts (dashed, marked
// data-ghost="true"): a read-only picture, so the ghosts are never saved or undone.
import { useMemo } from 'react';
import type { BoardDocument } from '@/lib/model/types';
import { isGhostId } from '@/lib/practice/ghosts';
import { boardPreview } from '@/lib/practice/preview';
import '@/components/ui/board-preview.css';

const MAX_LABEL_CHARS = 18;

export function GhostBoardPreview({ doc, label }: { doc: BoardDocument; label: string }) {
  const preview = useMemo(() => boardPreview(doc), [doc]);
  const { viewBox: v, shapes, lines } = preview;
  const boundaries = shapes.filter((s) => s.boundary);
  const leaves = shapes.filter((s) => !s.boundary);
  return (
    <svg className="board-preview ghost-preview" role="img" aria-label={label} viewBox={`${v.x} ${v.y} ${v.width} ${v.height}`} preserveAspectRatio="xMidYMid meet">
      {boundaries.map((s) => (
        <rect key={s.id} className="board-preview-boundary" x={s.x} y={s.y} width={s.width} height={s.height} rx={12} />
      ))}
      {lines.map((l) => (
        <line key={l.id} className={`board-preview-edge is-${l.kind}${isGhostId(l.id) ? ' is-ghost' : ''}`} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} />
      ))}
      {leaves.map((s) => {
        const ghost = isGhostId(s.id);
        return (
          <g key={s.id} data-ghost={ghost ? 'true' : undefined} data-ghost-kind={ghost ? s.kind : undefined}>
            <rect className={ghost ? 'ghost-node' : `board-preview-node category-${s.category}`} x={s.x} y={s.y} width={s.width} height={s.height} rx={8}>
              <title>{ghost ? `Missing: ${s.label}` : s.label}</title>
            </rect>
            <text x={s.x + s.width / 2} y={s.y + s.height / 2} textAnchor="middle" dominantBaseline="central" fontSize={18} className="board-preview-label">
              {s.label.length > MAX_LABEL_CHARS ? `${s.label.slice(0, MAX_LABEL_CHARS - 1)}…` : s.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
