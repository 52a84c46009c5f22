'use client';
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { categoryColor, getKind, iconImageUrl } from '@/lib/catalog';
import { formatMonthlyCost } from '@/lib/model/format';
import type { BoardFlowNode } from '@/components/editor/flow-adapters';
import { InlineLabel } from './inline-label';
import { useHandlesOnDemand } from './node-handles';
import { useNodeEmphasis } from './use-node-emphasis';

/** A catalog component: icon, label and the properties an interviewer asks about first. */
export const ComponentNode = memo(function ComponentNode({ id, data, selected, width, height }: NodeProps<BoardFlowNode>) {
  const node = data.node;
  const kind = getKind(node.kind);
  const emphasis = useNodeEmphasis(id);
  const { handles, hoverProps } = useHandlesOnDemand(selected, width, height);
  const facts: string[] = [];
  if (node.replicas !== undefined) facts.push(`×${node.replicas}`);
  if (node.monthlyCostUsd !== undefined) facts.push(formatMonthlyCost(node.monthlyCostUsd));
  return (
    <div className={`component-node category-${kind?.category ?? 'unknown'}${selected ? ' is-selected' : ''}${emphasis}`} {...hoverProps}>
      {handles}
      {/* A background image, not inline SVG: much cheaper to paint on large boards (lib/catalog/icon-image.ts). */}
      <span className="component-node-icon" style={kind ? { backgroundImage: iconImageUrl(kind.icon, categoryColor(kind.category)) } : undefined} />
      <div className="component-node-text">
        <InlineLabel nodeId={id} label={node.label} className="component-node-label" />
        <span className="component-node-facts">
          {facts.length > 0 ? facts.join(' · ') : kind?.label !== node.label && kind?.label}
          {node.tags.length > 0 && <span className="component-node-tags" title={node.tags.join(', ')}> · {node.tags.length} tag{node.tags.length > 1 ? 's' : ''}</span>}
        </span>
      </div>
    </div>
  );
});
