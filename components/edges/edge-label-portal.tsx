'use client';
import { useMemo, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from '@xyflow/react';

const selectDomNode = (s: { domNode: HTMLDivElement | null }) => s.domNode;

/**
 * Like React Flow's EdgeLabelRenderer, but finds the label layer once per edge instead of on
 * every store update: EdgeLabelRenderer's selector runs querySelector each time, so on a
 * 1,000-node board its 1,500 instances cost ~28 s of querySelector during one drag.
 */
export function EdgeLabelPortal({ children }: { children: ReactNode }) {
  const domNode = useStore(selectDomNode);
  const layer = useMemo(() => domNode?.querySelector('.react-flow__edgelabel-renderer') ?? null, [domNode]);
  return layer ? createPortal(children, layer) : null;
}
