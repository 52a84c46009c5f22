'use client';
// The benchmark's baseline: the bench's graph drawn by plain React Flow (default nodes, the
// standard controlled-state pattern, the same Background / MiniMap / Controls the editor
// shows) and no app logic. Only app/bench-baseline loads this; the board route never does.
import { useEffect, useState } from 'react';
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useEdgesState,
  useNodesState,
  type Edge,
  type Node,
} from '@xyflow/react';
import { BASELINE_GRAPH_GLOBAL, BASELINE_SIZE_GLOBAL, type BaselineGraph } from '@/bench/baseline-graph';

type BenchWindow = Window & {
  [BASELINE_GRAPH_GLOBAL]?: BaselineGraph;
  [BASELINE_SIZE_GLOBAL]?: { width: number; height: number };
};

const FIT_VIEW_OPTIONS = { padding: 0.15, maxZoom: 1.25 };

function BaselineCanvas({ graph }: { graph: BaselineGraph }) {
  const [nodes, , onNodesChange] = useNodesState<Node>(graph.nodes);
  const [edges, , onEdgesChange] = useEdgesState<Edge>(graph.edges);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      multiSelectionKeyCode="Shift"
      panOnScroll
      zoomActivationKeyCode={['Meta', 'Control']}
      minZoom={0.05}
      maxZoom={3}
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      proOptions={{ hideAttribution: true }}
    >
      <Background variant={BackgroundVariant.Dots} gap={16} size={1.2} />
      <MiniMap pannable zoomable />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}

export function BaselineFlow() {
  const [graph, setGraph] = useState<BaselineGraph | null>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  // Read after mount: the graph exists only in the browser (put there by the bench).
  useEffect(() => {
    const w = window as BenchWindow;
    setGraph(w[BASELINE_GRAPH_GLOBAL] ?? { nodes: [], edges: [] });
    setSize(w[BASELINE_SIZE_GLOBAL] ?? null);
  }, []);
  return (
    <div
      data-bench-baseline=""
      style={size ? { width: size.width, height: size.height } : { width: '100vw', height: '100vh' }}
    >
      {graph && (
        <ReactFlowProvider>
          <BaselineCanvas graph={graph} />
        </ReactFlowProvider>
      )}
    </div>
  );
}
