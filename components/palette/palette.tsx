'use client';
import { memo, useMemo, useRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { CATEGORIES, KINDS, defaultSizeOf, searchKinds, type ComponentKind } from '@/lib/catalog';
import { KindIcon } from '@/components/nodes/kind-icon';
import * as edits from '@/lib/commands/edits';
import { currentDoc, useBoardStore } from '@/components/editor/board-store';
import { cascadedAt, centredAt } from '@/lib/commands/placement';

/** Pointer travel (px) that turns a press on a palette item into a drag. */
const DRAG_THRESHOLD = 5;

function canvasElementAt(x: number, y: number): boolean {
  const el = document.elementFromPoint(x, y);
  return !!el?.closest('.react-flow') && !el.closest('.react-flow__minimap, .react-flow__controls');
}

/** Adds a node centred on a board point, and selects it. */
function addKindAt(kindId: string, centre: { x: number; y: number }, avoidOverlap: boolean) {
  const size = defaultSizeOf(kindId);
  // Repeated clicks would stack nodes exactly; they cascade instead.
  const node = edits.createNode(kindId, avoidOverlap ? cascadedAt(currentDoc(), centre, size) : centredAt(centre, size));
  const store = useBoardStore.getState();
  store.apply((d) => edits.addNode(d, node));
  store.select([node.id]);
}

interface DragGhost {
  kind: ComponentKind;
  x: number;
  y: number;
}

export const Palette = memo(function Palette() {
  const [query, setQuery] = useState('');
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [ghost, setGhost] = useState<DragGhost | null>(null);
  const { screenToFlowPosition } = useReactFlow();
  const suppressClick = useRef(false);

  const matches = useMemo(() => new Set(searchKinds(query).map((k) => k.id)), [query]);
  const searching = query.trim().length > 0;

  const addAtViewCentre = (kindId: string) => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!pane) return;
    const centre = screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 });
    addKindAt(kindId, centre, true);
  };

  // Pointer events rather than HTML5 drag and drop: it works the same with mouse, pen and
  // touch, and we can show a ghost of the component under the pointer.
  const onPointerDown = (event: React.PointerEvent<HTMLButtonElement>, kind: ComponentKind) => {
    if (event.button !== 0) return;
    const start = { x: event.clientX, y: event.clientY };
    let dragging = false;
    const onMove = (e: PointerEvent) => {
      if (!dragging && Math.hypot(e.clientX - start.x, e.clientY - start.y) < DRAG_THRESHOLD) return;
      dragging = true;
      setGhost({ kind, x: e.clientX, y: e.clientY });
    };
    const onUp = (e: PointerEvent) => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
      setGhost(null);
      if (!dragging) return;
      suppressClick.current = true;
      window.setTimeout(() => (suppressClick.current = false), 0);
      if (canvasElementAt(e.clientX, e.clientY)) {
        addKindAt(kind.id, screenToFlowPosition({ x: e.clientX, y: e.clientY }), false);
      }
    };
    const onCancel = () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
      setGhost(null);
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onCancel);
  };

  const toggle = (categoryId: string) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(categoryId)) next.delete(categoryId);
      else next.add(categoryId);
      return next;
    });

  return (
    <section className="palette" aria-label="Component palette">
      <div className="palette-search">
        <input
          type="search"
          aria-label="Search components"
          placeholder="Search components…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setQuery('');
          }}
        />
      </div>
      <div className="palette-groups">
        {CATEGORIES.map((category) => {
          const kinds = KINDS.filter((k) => k.category === category.id && matches.has(k.id));
          if (kinds.length === 0) return null;
          // While searching every group with a match is open.
          const open = searching || !collapsed.has(category.id);
          const listId = `palette-group-${category.id}`;
          return (
            <div className="palette-group" key={category.id}>
              <button
                type="button"
                className="palette-group-toggle"
                aria-expanded={open}
                aria-controls={listId}
                onClick={() => toggle(category.id)}
              >
                <span className="chevron" aria-hidden="true">{open ? '▾' : '▸'}</span>
                {category.label}
                <span className="palette-count">{kinds.length}</span>
              </button>
              {open && (
                <ul id={listId} className="palette-items">
                  {kinds.map((kind) => (
                    <li key={kind.id}>
                      <button
                        type="button"
                        className={`palette-item category-${kind.category}`}
                        title={`${kind.description}\nClick or Enter: add at centre · Drag: drop where released`}
                        onPointerDown={(e) => onPointerDown(e, kind)}
                        onClick={() => {
                          if (!suppressClick.current) addAtViewCentre(kind.id);
                        }}
                      >
                        <KindIcon icon={kind.icon} size={18} />
                        <span>{kind.label}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
        {matches.size === 0 && <p className="palette-empty">No component matches “{query}”.</p>}
      </div>
      {ghost && (
        <div className="palette-ghost" style={{ left: ghost.x, top: ghost.y }} aria-hidden="true">
          <KindIcon icon={ghost.kind.icon} size={20} />
          {ghost.kind.label}
        </div>
      )}
    </section>
  );
});
