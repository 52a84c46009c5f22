'use client';
import { memo } from 'react';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { BOUNDARY_MIN_SIZE, getKind } from '@/lib/catalog';
import type { BoardFlowNode } from '@/components/editor/flow-adapters';
import { useBoardStore } from '@/components/editor/board-store';
import { adoptCoveredNodes } from '@/lib/commands/edits';
import { KindIcon } from './kind-icon';
import { InlineLabel } from './inline-label';
import { useHandlesOnDemand } from './node-handles';
import { useNodeEmphasis } from './use-node-emphasis';

/** A resize adopts what the boundary now covers and releases what it left, in the same undo step. */
function endBoundaryResize(id: string) {
  const store = useBoardStore.getState();
  store.apply((d) => adoptCoveredNodes(d, [id]), { gesture: true });
  store.endGesture();
}

/** A resizable container (VPC, cluster, tenant, AZ …). Only its title bar drags it. */
export const BoundaryNode = memo(function BoundaryNode({ id, data, selected, width, height }: NodeProps<BoardFlowNode>) {
  const node = data.node;
  const kind = getKind(node.kind);
  const emphasis = useNodeEmphasis(id);
  const { handles, hoverProps } = useHandlesOnDemand(selected, width, height);
  return (
    <div className={`boundary-node boundary-${node.kind}${selected ? ' is-selected' : ''}${emphasis}`} {...hoverProps}>
      <NodeResizer
        isVisible={selected}
        minWidth={BOUNDARY_MIN_SIZE.width}
        minHeight={BOUNDARY_MIN_SIZE.height}
        onResizeStart={() => useBoardStore.getState().breakCoalescing()}
        onResizeEnd={() => endBoundaryResize(id)}
      />
      {handles}
      <div className="boundary-drag-handle boundary-title">
        {kind && <KindIcon icon={kind.icon} size={16} />}
        <InlineLabel nodeId={id} label={node.label} className="boundary-label" />
        {kind?.label !== node.label && <span className="boundary-kind">{kind?.label}</span>}
      </div>
    </div>
  );
});
