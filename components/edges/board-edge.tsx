'use client';
import { memo } from 'react';
import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import type { BoardFlowEdge } from '@/components/canvas/flow-adapters';
import { useBoardStore } from '@/components/board/board-store';
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
          <div
            className={`edge-label nodrag nopan${selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            onClick={() => useBoardStore.getState().select([], [id])}
          >
            {edge.label}
          </div>
        </EdgeLabelPortal>
      ) : null}
    </>
  );
});
