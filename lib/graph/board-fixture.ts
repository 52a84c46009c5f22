// A tiny builder for readable test boards:
//
//   board().add('web', 'web-app').add('db', 'relational-db', { notes: 'orders' })
//     .flow('web', 'gw', 'svc', 'db')  // sync edges web→gw→svc→db
//     .doc
//
// Nodes get exactly the properties given (no catalog defaults), so a fixture says
// everything that matters about it. Used by the graph and checklist tests only.
import { SCHEMA_VERSION, type BoardDocument, type BoardEdge, type BoardNode, type EdgeKind } from '@/lib/model/types';

type NodeProps = Partial<Omit<BoardNode, 'id' | 'kind'>>;

export interface BoardFixture {
  readonly doc: BoardDocument;
  /** Adds a node; `label` defaults to the id so messages in tests are predictable. */
  add(id: string, kind: string, props?: NodeProps): BoardFixture;
  /** A chain of edges a→b→c…; every node must have been added. Label "call" unless given via `edge`. */
  flow(...ids: string[]): BoardFixture;
  /** Same as flow, with an explicit kind. */
  flowOf(kind: EdgeKind, ...ids: string[]): BoardFixture;
  edge(source: string, target: string, props?: { kind?: EdgeKind; label?: string }): BoardFixture;
  notes(text: string): BoardFixture;
}

export function board(): BoardFixture {
  const doc: BoardDocument = {
    schemaVersion: SCHEMA_VERSION,
    id: 'fixture',
    title: 'Fixture',
    notes: '',
    nodes: [],
    edges: [],
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
  const has = (id: string) => doc.nodes.some((n) => n.id === id);
  const fixture: BoardFixture = {
    doc,
    add(id, kind, props = {}) {
      if (has(id)) throw new Error(`fixture: duplicate node ${id}`);
      if (props.parentId && !has(props.parentId)) throw new Error(`fixture: add parent ${props.parentId} before ${id}`);
      doc.nodes.push({ id, kind, position: { x: doc.nodes.length * 200, y: 0 }, label: id, tags: [], notes: '', ...props });
      return fixture;
    },
    flow(...ids) {
      return fixture.flowOf('sync', ...ids);
    },
    flowOf(kind, ...ids) {
      for (let i = 0; i + 1 < ids.length; i++) fixture.edge(ids[i], ids[i + 1], { kind });
      return fixture;
    },
    edge(source, target, props = {}) {
      for (const id of [source, target]) if (!has(id)) throw new Error(`fixture: unknown node ${id}`);
      const edge: BoardEdge = { id: `e${doc.edges.length}`, source, target, label: props.label ?? 'call', kind: props.kind ?? 'sync' };
      doc.edges.push(edge);
      return fixture;
    },
    notes(text) {
      doc.notes = text;
      return fixture;
    },
  };
  return fixture;
}
