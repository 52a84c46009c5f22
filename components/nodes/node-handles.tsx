import { Handle, Position } from '@xyflow/react';
import { createContext, memo, useCallback, useContext, useEffect, useState, type PointerEvent } from 'react';

const SIDES = [
  { id: 'top', position: Position.Top },
  { id: 'right', position: Position.Right },
  { id: 'bottom', position: Position.Bottom },
  { id: 'left', position: Position.Left },
] as const;

/** True while an edge is being drawn or moved: every node then offers its handles as targets. */
export const ConnectingContext = createContext(false);

/** One handle per side; the canvas runs in "loose" mode so any handle can start or end an edge. */
const NodeHandles = memo(function NodeHandles() {
  return (
    <>
      {SIDES.map((s) => (
        <Handle key={s.id} id={s.id} type="source" position={s.position} className="node-handle" />
      ))}
    </>
  );
});

/**
 * Stand-ins for handles while a new node is measured: plain elements where the handles would
 * be. React Flow measures a node's handles in the DOM once, just after it mounts (a
 * measurement without any would leave its edges nowhere to attach); they are removed two
 * frames later: hidden or not, four positioned elements per node cost every frame on big boards.
 */
const HandlePlaceholders = memo(function HandlePlaceholders() {
  return (
    <>
      {SIDES.map((s) => (
        <div key={s.id} className={`node-handle node-handle-placeholder source react-flow__handle-${s.id}`} data-handleid={s.id} data-handlepos={s.position} />
      ))}
    </>
  );
});

/**
 * Whether a node renders its handles: under the pointer, selected, or while an edge is being
 * drawn; just after it mounts or changes size, HandlePlaceholders instead. Four React Flow
 * Handles on every idle node were four store subscriptions (each run on every update) and four
 * positioned elements: on a 1,000-node board, selection drag went from three frames to two
 * without them (lib/canvas/side-handles.ts, bench/RESULTS.md). Render `handles` inside the node
 * and spread `hoverProps` on its root element.
 */
export function useHandlesOnDemand(selected: boolean, width?: number, height?: number) {
  const connecting = useContext(ConnectingContext);
  const [hovered, setHovered] = useState(false);
  // React Flow measures a node's handles when it mounts and whenever its size changes (a
  // ResizeObserver), and a measurement that finds none leaves its edges nowhere to attach
  // (seen with a node of a newly opened board that kept the id of one on the board before, at
  // another size). So placeholders are rendered whenever the size is not yet the one measured
  // at: in the same commit as a new size, until the frame after the measurement.
  const size = `${width ?? ''}x${height ?? ''}`;
  const [settledSize, setSettledSize] = useState<string | null>(null);
  useEffect(() => {
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => setSettledSize(size))));
    return () => cancelAnimationFrame(frame);
  }, [size]);
  const measuring = settledSize !== size;
  const onPointerEnter = useCallback(() => setHovered(true), []);
  const onPointerLeave = useCallback((event: PointerEvent) => {
    // A press that leaves the node may be starting an edge from one of its handles: the
    // handles stay until the button is released.
    if (event.buttons === 0) setHovered(false);
    else window.addEventListener('pointerup', () => setHovered(false), { once: true });
  }, []);
  const handles = hovered || selected || connecting ? <NodeHandles /> : measuring ? <HandlePlaceholders /> : null;
  return { handles, hoverProps: { onPointerEnter, onPointerLeave } };
}
