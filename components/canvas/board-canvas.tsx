'use client';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  getViewportForBounds,
  MiniMap,
  ReactFlow,
  useConnection,
  useReactFlow,
  useStore,
  useStoreApi,
  type Connection,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import type { HandleSide, Point } from '@/lib/model/types';
import { getKind } from '@/lib/catalog';
import { boardBounds, newId } from '@/lib/model/document';
import * as edits from '@/lib/commands/edits';
import { useBoardStore } from '@/components/editor/board-store';
import { ComponentNode } from '@/components/nodes/component-node';
import { ConnectingContext } from '@/components/nodes/node-handles';
import { BoundaryNode } from '@/components/nodes/boundary-node';
import { NoteNode } from '@/components/nodes/note-node';
import { BoardEdgeView } from '@/components/edges/board-edge';
import { EdgeLabelLayerProvider, useEdgeLabelLayer } from '@/components/edges/edge-label-portal';
import { createTaskBatch } from '@/lib/canvas/task-batch';
import { dragStepPositions, readNodeChanges, selectionAfter } from '@/lib/canvas/node-changes';
import { DETAIL_CLASS, detailAt, type Detail } from '@/lib/canvas/level-of-detail';
import { createEdgeAdapter, createNodeAdapter, withHiddenEdges, withHiddenNodes, type BoardFlowEdge, type BoardFlowNode } from '@/components/editor/flow-adapters';
import { requestEdgeLabelFocus } from '@/components/editor/edge-label-focus';
import { GhostLayer } from './ghost-layer';

const nodeTypes = { component: ComponentNode, boundary: BoundaryNode, note: NoteNode };
const edgeTypes = { board: BoardEdgeView };
const GRID = 16;
// A string, so the canvas re-renders when a level-of-detail threshold is crossed, not on every zoom step.
const selectDetail = (s: { transform: [number, number, number] }): Detail => detailAt(s.transform[2]);
// Props React Flow compares by identity, defined once: a fresh array on every render would
// be a store update of its own (snapGrid) or re-bind key listeners (the key codes) on every
// drag frame.
const PRO_OPTIONS = { hideAttribution: true };
/** How an opened board is fitted: a margin around it, and no closer than 125 % for a small one. */
const FIT_OPENED_BOARD = { padding: 0.15, maxZoom: 1.25 };
const SNAP_GRID: [number, number] = [GRID, GRID];
const PAN_BUTTONS = [1, 2];
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
const ZOOM_ACTIVATION_KEYS = ['Meta', 'Control'];

function minimapColor(node: BoardFlowNode): string {
  if (node.type === 'boundary') return 'rgba(134, 142, 150, 0.15)';
  if (node.type === 'note') return '#ffe066';
  const category = getKind(node.data.node.kind)?.category;
  return category ? `var(--c-${category})` : '#adb5bd';
}

export interface BoardCanvasProps {
  /** Called when files are dropped on the canvas (JSON import). */
  onDropFiles?: (files: FileList) => void;
}

export function BoardCanvas({ onDropFiles }: BoardCanvasProps) {
  const doc = useBoardStore((s) => s.history.present);
  const selection = useBoardStore((s) => s.selection);
  const snapToGrid = useBoardStore((s) => s.snapToGrid);
  const theme = useBoardStore((s) => s.theme);
  const loadCount = useBoardStore((s) => s.loadCount);
  // "Simulate failure" makes the board read-only: a click fails a component instead of selecting it.
  const simulating = useBoardStore((s) => s.simulation !== null);
  const { fitView, setViewport } = useReactFlow();
  // While an edge is being drawn every node shows its handles, so any side can be a target.
  const connecting = useConnection((c) => c.inProgress);
  const detail = useStore(selectDetail);
  const edgeLabelLayer = useEdgeLabelLayer();

  const toFlowNodes = useMemo(createNodeAdapter, []);
  const toFlowEdges = useMemo(createEdgeAdapter, []);
  const nodes = useMemo(() => toFlowNodes(doc.nodes, selection.nodeIds), [toFlowNodes, doc.nodes, selection.nodeIds]);
  // Dragging a node changes doc.nodes only: keep the same edges array so React Flow does not
  // re-adopt every edge on every frame.
  const edges = useMemo(() => toFlowEdges(doc.edges, selection.edgeIds), [toFlowEdges, doc.edges, selection.edgeIds]);
  const hiddenIds = useBoardStore((s) => s.hiddenIds);
  // Two memos: a drag changes the nodes only, and must leave the edges array as it is.
  const shownNodes = useMemo(() => withHiddenNodes(nodes, hiddenIds), [nodes, hiddenIds]);
  const shownEdges = useMemo(() => withHiddenEdges(edges, hiddenIds), [edges, hiddenIds]);

  // A freshly opened board is shown whole, from its first frame. The fitted viewport is worked
  // out from the document and set before the browser paints: React Flow's own fitView waits for
  // its copy of the nodes, which it takes in a later effect, so the board would first be drawn
  // at 100 % and then zoom out.
  const flowStore = useStoreApi();
  const firstLoad = useRef(true);
  useLayoutEffect(() => {
    const bounds = boardBounds(useBoardStore.getState().history.present);
    if (!bounds) {
      void setViewport({ x: 0, y: 0, zoom: 1 });
      return;
    }
    const { width, height, minZoom } = flowStore.getState();
    const duration = firstLoad.current ? 0 : 250;
    firstLoad.current = false;
    // Before React Flow has measured its pane (not expected), its own fitView does the job.
    if (!width || !height) return void fitView({ ...FIT_OPENED_BOARD, duration });
    void setViewport(getViewportForBounds(bounds, width, height, minZoom, FIT_OPENED_BOARD.maxZoom, FIT_OPENED_BOARD.padding), { duration });
  }, [loadCount, fitView, setViewport, flowStore]);

  // Drag positions reach the board once per input task, not once per pointermove: each store
  // write re-renders synchronously (lib/canvas/task-batch.ts).
  const dragPositions = useMemo(
    () =>
      createTaskBatch<string, Point>((positions) =>
        useBoardStore.getState().apply((d) => edits.moveNodes(d, positions), { gesture: true }),
      ),
    [],
  );
  useEffect(() => () => dragPositions.flush(), [dragPositions]);

  const onNodesChange = useCallback((changes: NodeChange<BoardFlowNode>[]) => {
    const dragSteps = dragStepPositions(changes);
    if (dragSteps) {
      for (const [id, position] of dragSteps) dragPositions.set(id, position);
      return;
    }
    // Anything else keeps its order after the drag positions already reported.
    dragPositions.flush();
    const store = useBoardStore.getState();
    const { positions, resizes, selection } = readNodeChanges(changes, store.selection.nodeIds);
    for (const { id, size, position } of resizes) store.apply((d) => edits.resizeNode(d, id, size, position), { gesture: true });
    if (positions.size > 0) store.apply((d) => edits.moveNodes(d, positions), { gesture: true });
    if (selection) store.setSelection({ nodeIds: selection, edgeIds: store.selection.edgeIds });
  }, [dragPositions]);

  const onEdgesChange = useCallback((changes: EdgeChange<BoardFlowEdge>[]) => {
    const store = useBoardStore.getState();
    const selection = selectionAfter(changes, store.selection.edgeIds);
    if (selection) store.setSelection({ nodeIds: store.selection.nodeIds, edgeIds: selection });
  }, []);

  const onConnect = useCallback((c: Connection) => {
    const store = useBoardStore.getState();
    const id = newId('e');
    store.apply((d) =>
      edits.connect(d, {
        id,
        source: c.source,
        target: c.target,
        sourceHandle: c.sourceHandle as HandleSide | null,
        targetHandle: c.targetHandle as HandleSide | null,
      }),
    );
    // The new edge is selected so its label can be typed straight away in the inspector.
    if (useBoardStore.getState().history.present.edges.some((e) => e.id === id)) {
      requestEdgeLabelFocus(id);
      store.select([], [id]);
    }
  }, []);

  const onReconnect = useCallback((old: BoardFlowEdge, c: Connection) => {
    useBoardStore.getState().apply((d) =>
      edits.reconnectEdge(d, old.id, {
        source: c.source,
        target: c.target,
        sourceHandle: c.sourceHandle as HandleSide | null,
        targetHandle: c.targetHandle as HandleSide | null,
      }),
    );
  }, []);

  const onNodeClick = useCallback((_e: unknown, node: BoardFlowNode) => {
    const store = useBoardStore.getState();
    if (store.simulation) store.toggleFailed(node.id);
  }, []);

  const onDragStart = useCallback(() => useBoardStore.getState().breakCoalescing(), []);
  // Dropping into (or out of) a boundary is part of the same drag: one undo step.
  const onDragStop = useCallback((_e: unknown, _n: unknown, dragged: BoardFlowNode[]) => {
    dragPositions.flush();
    const store = useBoardStore.getState();
    store.apply((d) => edits.reparentToContainingBoundary(d, dragged.map((n) => n.id)), { gesture: true });
    store.endGesture();
  }, [dragPositions]);
  const onSelectionDragStop = useCallback(
    (e: unknown, dragged: BoardFlowNode[]) => onDragStop(e, null, dragged),
    [onDragStop],
  );

  return (
    <div
      className={`board-canvas${connecting ? ' is-connecting' : ''}${DETAIL_CLASS[detail]}`}
      data-testid="board-canvas"
      onKeyDown={(e) => {
        // In failure simulation, Enter or Space on a focused component fails it, as a click does.
        if (!simulating || (e.key !== 'Enter' && e.key !== ' ')) return;
        const nodeId = (e.target as HTMLElement).closest?.('.react-flow__node')?.getAttribute('data-id');
        if (!nodeId) return;
        e.preventDefault();
        useBoardStore.getState().toggleFailed(nodeId);
      }}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        if (e.dataTransfer.files.length > 0 && onDropFiles) {
          e.preventDefault();
          onDropFiles(e.dataTransfer.files);
        }
      }}
    >
      <ConnectingContext.Provider value={connecting}>
        <EdgeLabelLayerProvider value={edgeLabelLayer}>
          <ReactFlow<BoardFlowNode, BoardFlowEdge>
            nodes={shownNodes}
            edges={shownEdges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnect={onConnect}
            onReconnect={onReconnect}
            onNodeClick={onNodeClick}
            nodesDraggable={!simulating}
            nodesConnectable={!simulating}
            elementsSelectable={!simulating}
            onNodeDragStart={onDragStart}
            onNodeDragStop={onDragStop}
            onSelectionDragStart={onDragStart}
            onSelectionDragStop={onSelectionDragStop}
            connectionMode={ConnectionMode.Loose}
            edgesReconnectable={!simulating}
            deleteKeyCode={null}
            selectionKeyCode={null}
            multiSelectionKeyCode={MULTI_SELECTION_KEYS}
            selectionOnDrag
            panOnDrag={PAN_BUTTONS}
            panOnScroll
            panActivationKeyCode="Space"
            zoomActivationKeyCode={ZOOM_ACTIVATION_KEYS}
            snapToGrid={snapToGrid}
            snapGrid={SNAP_GRID}
            colorMode={theme}
            minZoom={0.05}
            maxZoom={3}
            proOptions={PRO_OPTIONS}
            disableKeyboardA11y={false}
            onlyRenderVisibleElements={false}
          >
            <Background variant={BackgroundVariant.Dots} gap={GRID} size={1.2} />
            <MiniMap pannable zoomable ariaLabel="Minimap" nodeColor={minimapColor} nodeStrokeWidth={2} />
            <Controls showInteractive={false} aria-label="Zoom controls" />
            <GhostLayer />
          </ReactFlow>
        </EdgeLabelLayerProvider>
      </ConnectingContext.Provider>
    </div>
  );
}
