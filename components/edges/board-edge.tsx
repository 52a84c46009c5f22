'use client';
import { memo } from 'react';
import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import type { BoardFlowEdge } from '@/components/editor/flow-adapters';
import { useBoardStore } from '@/components/editor/board-store';
import { EdgeLabelPortal } from './edge-label-portal';

/**
 * Edge kinds are drawn distinctly: sync request solid, async message dashed, stream
 * dash-dot (moving only while selected), batch data flow thick. The arrowhead shows the direction of the flow.
 */
export const BoardEdgeView = memo(function BoardEdgeView(props: EdgeProps<BoardFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, selected, data } = props;
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 10,
  });
  const edge = data?.edge;
  const kind = edge?.kind ?? 'sync';
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={`board-edge edge-${kind}${selected ? ' is-selected' : ''}`} />
      {edge?.label ? (
        <EdgeLabelPortal>
          {/* A zero-size anchor at the label point centres the label with flexbox rather than a
              transform: a transform per label gave every pan and zoom frame a thousand more
              paint-property nodes to layerize on large boards (see bench/RESULTS.md). */}
          <div className="edge-label-anchor" style={{ left: labelX, top: labelY }}>
            <div
              className={`edge-label nodrag nopan${selected ? ' is-selected' : ''}`}
              onClick={() => useBoardStore.getState().select([], [id])}
            >
              {edge.label}
            </div>
          </div>
        </EdgeLabelPortal>
      ) : null}
    </>
  );
});
