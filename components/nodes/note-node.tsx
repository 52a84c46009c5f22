'use client';
import { memo } from 'react';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import type { BoardFlowNode } from '@/components/editor/flow-adapters';
import { useBoardStore } from '@/components/editor/board-store';
import { InlineLabel } from './inline-label';
import { useHandlesOnDemand } from './node-handles';
import { useNodeEmphasis } from './use-node-emphasis';

/** A sticky note: a title (label) and its text (notes), edited in the inspector. */
export const NoteNode = memo(function NoteNode({ id, data, selected, width, height }: NodeProps<BoardFlowNode>) {
  const node = data.node;
  const emphasis = useNodeEmphasis(id);
  const { handles, hoverProps } = useHandlesOnDemand(selected, width, height);
  return (
    <div className={`note-node${selected ? ' is-selected' : ''}${emphasis}`} {...hoverProps}>
      <NodeResizer
        isVisible={selected}
        minWidth={120}
        minHeight={60}
        onResizeStart={() => useBoardStore.getState().breakCoalescing()}
        onResizeEnd={() => useBoardStore.getState().endGesture()}
      />
      {handles}
      <InlineLabel nodeId={id} label={node.label} className="note-title" />
      <p className="note-text">{node.notes}</p>
    </div>
  );
});
