'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from '@xyflow/react';

const selectDomNode = (s: { domNode: HTMLDivElement | null }) => s.domNode;

const EdgeLabelLayerContext = createContext<Element | null>(null);

/** Provides the label layer found by useEdgeLabelLayer to every edge below it. */
export const EdgeLabelLayerProvider = EdgeLabelLayerContext.Provider;

/** React Flow's edge-label layer, looked up once for the whole canvas (not per edge). */
export function useEdgeLabelLayer(): Element | null {
  const domNode = useStore(selectDomNode);
  return useMemo(() => domNode?.querySelector('.react-flow__edgelabel-renderer') ?? null, [domNode]);
}

/**
 * Like React Flow's EdgeLabelRenderer, without a store subscription per edge: the layer comes
 * from context. Every subscription's selector runs on every React Flow store update, so on a
 * 1,000-node board 1,050 labelled edges added ~1,050 selector calls to each drag frame
 * (EdgeLabelRenderer's own selector also ran querySelector each time: ~28 s per drag).
 */
export function EdgeLabelPortal({ children }: { children: ReactNode }) {
  const layer = useContext(EdgeLabelLayerContext);
  return layer ? createPortal(children, layer) : null;
}
