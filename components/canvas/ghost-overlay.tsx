'use client';
// The ghosts drawn on the live canvas, in flow coordinates, outside React Flow's nodes: they
// cannot be selected, dragged, saved, undone or exported, only cleared or added to the board.
import { useEffect, useMemo, useRef } from 'react';
import { Panel, useReactFlow, ViewportPortal } from '@xyflow/react';
import { categoryColor, getKind, iconImageUrl } from '@/lib/catalog';
import { boardBounds, newId, type Rect } from '@/lib/model/document';
import { addGhost, ghostLinks, type ShownGhost } from '@/lib/practice/ghosts';
import { useBoardStore } from '@/components/editor/board-store';
import { useGhosts } from '@/components/editor/ghosts';
import './ghost-overlay.css';

function union(rects: readonly Rect[]): Rect {
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** Makes the ghost a real component, as one undo step, and selects it; refused (the ghost stays) while the failure simulation runs. */
export function addGhostToBoard(ghost: ShownGhost) {
  const board = useBoardStore.getState();
  const id = newId();
  board.apply((doc) => addGhost(doc, ghost, id));
  if (!useBoardStore.getState().history.present.nodes.some((n) => n.id === id)) return;
  board.select([id]);
  useGhosts.getState().remove(ghost.id);
}

export default function GhostOverlay({ ghosts }: { ghosts: readonly ShownGhost[] }) {
  const doc = useBoardStore((s) => s.history.present);
  const links = useMemo(() => ghostLinks(ghosts, doc), [ghosts, doc]);
  const { fitBounds } = useReactFlow();
  const clearButton = useRef<HTMLButtonElement>(null);

  // The review that showed them has closed and taken the focus with it: it lands on the ghosts' banner.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) clearButton.current?.focus();
  }, []);

  // Ghosts often stand beside the board: bring the board and all of them into view once.
  useEffect(() => {
    if (ghosts.length === 0) return;
    const board = boardBounds(useBoardStore.getState().history.present);
    const rects = ghosts.map((g) => g.rect);
    void fitBounds(union(board ? [board, ...rects] : rects), { padding: 0.15, duration: 250 });
  }, [ghosts, fitBounds]);

  return (
    <>
      <ViewportPortal>
        <svg className="ghost-links" aria-hidden="true">
          {links.map((l) => (
            <line key={l.id} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} />
          ))}
        </svg>
        <ul className="ghost-components" aria-label="Missing components shown as ghosts">
          {ghosts.map((g) => {
            const kind = getKind(g.kind);
            return (
              <li
                key={g.id}
                className="ghost-component"
                data-ghost="true"
                data-ghost-kind={g.kind}
                title={`${g.label} — missing: ${g.why}`}
                style={{ transform: `translate(${g.rect.x}px, ${g.rect.y}px)`, width: g.rect.width, minHeight: g.rect.height }}
              >
                <span className="ghost-component-icon" style={kind ? { backgroundImage: iconImageUrl(kind.icon, categoryColor(kind.category)) } : undefined} />
                <span className="ghost-component-text">
                  <strong>{g.label}</strong>
                  <span className="ghost-component-why">missing: {g.why}</span>
                </span>
                {/* nodrag nopan: React Flow leaves the press to the button instead of panning the board. */}
                <button type="button" className="ghost-add nodrag nopan" aria-label={`Add to board: ${g.label}`} onClick={() => addGhostToBoard(g)}>
                  Add to board
                </button>
              </li>
            );
          })}
        </ul>
      </ViewportPortal>
      <Panel position="top-center" className="ghost-banner">
        <span role="status">
          {ghosts.length} missing component{ghosts.length === 1 ? '' : 's'} shown as ghosts
        </span>
        <button type="button" ref={clearButton} onClick={() => useGhosts.getState().clear()}>
          Clear ghosts
        </button>
      </Panel>
    </>
  );
}
