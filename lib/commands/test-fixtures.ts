// A tiny builder for the command tests, where geometry matters:
//
//   const doc = boardOf(
//     node('vpc', 'vpc', 0, 0, { size: { width: 600, height: 400 } }),
//     node('svc', 'k8s-service', 40, 60, { parentId: 'vpc' }),   // relative to the VPC
//   ).edge('svc', 'db').doc
//
// Every position is given explicitly (relative to the parent when parentId is set) so a test
// reads like the picture it draws. Nodes get no catalog defaults unless the test asks.
import { indexNodes, absolutePosition } from '@/lib/model/document';
import { SCHEMA_VERSION, type BoardDocument, type BoardEdge, type BoardNode, type EdgeKind, type Point } from '@/lib/model/types';

type NodeProps = Partial<Omit<BoardNode, 'id' | 'kind' | 'position'>>;

export function node(id: string, kind: string, x: number, y: number, props: NodeProps = {}): BoardNode {
  return { id, kind, position: { x, y }, label: id, tags: [], notes: '', ...props };
}

export interface DocBuilder {
  readonly doc: BoardDocument;
  edge(source: string, target: string, props?: Partial<Omit<BoardEdge, 'source' | 'target'>>): DocBuilder;
}

export function boardOf(...nodes: BoardNode[]): DocBuilder {
  const doc: BoardDocument = {
    schemaVersion: SCHEMA_VERSION,
    id: 'test-board',
    title: 'Test board',
    notes: '',
    nodes,
    edges: [],
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
  const builder: DocBuilder = {
    doc,
    edge(source, target, props = {}) {
      const edge: BoardEdge = {
        id: props.id ?? `${source}->${target}`,
        source,
        target,
        label: props.label ?? '',
        kind: props.kind ?? ('sync' as EdgeKind),
        ...props,
      };
      doc.edges.push(edge);
      return builder;
    },
  };
  return builder;
}

export function findNode(doc: BoardDocument, id: string): BoardNode {
  const found = doc.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`test: no node ${id}`);
  return found;
}

/** Where a node is drawn on screen (board coordinates), whatever its parent. */
export function screenPosition(doc: BoardDocument, id: string): Point {
  return absolutePosition(findNode(doc, id), indexNodes(doc));
}

/** True when every node with a parent comes after that parent (React Flow requires it). */
export function parentsComeFirst(doc: BoardDocument): boolean {
  const seen = new Set<string>();
  for (const n of doc.nodes) {
    if (n.parentId && !seen.has(n.parentId)) return false;
    seen.add(n.id);
  }
  return true;
}
