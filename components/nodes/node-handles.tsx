import { Handle, Position } from '@xyflow/react';
import { memo } from 'react';

const SIDES = [
  { id: 'top', position: Position.Top },
  { id: 'right', position: Position.Right },
  { id: 'bottom', position: Position.Bottom },
  { id: 'left', position: Position.Left },
] as const;

/** One handle per side; the canvas runs in "loose" mode so any handle can start or end an edge. */
export const NodeHandles = memo(function NodeHandles() {
  return (
    <>
      {SIDES.map((s) => (
        <Handle key={s.id} id={s.id} type="source" position={s.position} className="node-handle" />
      ))}
    </>
  );
});
