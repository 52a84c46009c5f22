// The repair catalogue: every way the parser may change a board, as one counted, human
// sentence per kind ("2 edges to missing nodes dropped"). Restorers only say which repair
// happened; the wording lives here alone.
import { FIELDS } from '../field-table';

const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;
const chars = (field: { max: number }) => `${count(field.max)} characters`;

// Messages that read a limit from the field table declare `: string`: the table names these
// repair ids, so inferring their type would go round in a circle.
const REPAIR_MESSAGES = {
  'node-invalid': (n: number) => `${plural(n, 'invalid node', 'invalid nodes')} dropped`,
  'node-unknown-kind': (n: number, examples: string[]) =>
    `${plural(n, 'node with an unknown kind', 'nodes with unknown kinds')} dropped${examples.length ? ` (${examples.join(', ')})` : ''}`,
  'node-new-id': (n: number) => `${plural(n, 'node without a valid id was', 'nodes without valid ids were')} given a new id`,
  'node-duplicate-id': (n: number) => `${plural(n, 'node with a duplicate id was', 'nodes with duplicate ids were')} given a new id`,
  position: (n: number) => `${plural(n, 'node with invalid coordinates', 'nodes with invalid coordinates')} moved to (0, 0)`,
  'position-clamped': (n: number): string =>
    `${plural(n, 'node', 'nodes')} beyond ±${count(FIELDS.node.coordinate.max)} moved back onto the board`,
  size: (n: number) => `${plural(n, 'invalid node size', 'invalid node sizes')} reset to the default`,
  replicas: (n: number) => `${plural(n, 'invalid replica count', 'invalid replica counts')} removed`,
  cost: (n: number) => `${plural(n, 'invalid monthly cost', 'invalid monthly costs')} removed`,
  tags: (n: number) => `${plural(n, 'invalid tag', 'invalid tags')} removed or shortened`,
  'parent-missing': (n: number) => `${plural(n, 'node', 'nodes')} moved out of a missing boundary`,
  'parent-not-boundary': (n: number) => `${plural(n, 'node', 'nodes')} moved out of a parent that is not a boundary`,
  'parent-cycle': (n: number) => `${plural(n, 'boundary cycle', 'boundary cycles')} broken (boundaries inside each other)`,
  'edge-invalid': (n: number) => `${plural(n, 'invalid edge', 'invalid edges')} dropped`,
  'edge-new-id': (n: number) => `${plural(n, 'edge without a valid id was', 'edges without valid ids were')} given a new id`,
  'edge-duplicate-id': (n: number) => `${plural(n, 'edge with a duplicate id was', 'edges with duplicate ids were')} given a new id`,
  'edge-missing-node': (n: number) => `${plural(n, 'edge to missing nodes', 'edges to missing nodes')} dropped`,
  'edge-self-loop': (n: number) => `${plural(n, 'edge from a node to itself', 'edges from a node to itself')} dropped`,
  'edge-kind': (n: number) => `${plural(n, 'edge with an unknown kind', 'edges with unknown kinds')} set to sync request`,
  'edge-handle': (n: number) => `${plural(n, 'invalid edge handle', 'invalid edge handles')} removed`,
  'node-label-type': (n: number) => `${plural(n, 'node label that was', 'node labels that were')} not text replaced`,
  'node-label-long': (n: number): string => `${plural(n, 'node label', 'node labels')} truncated to ${chars(FIELDS.node.label)}`,
  'node-notes-type': (n: number) => `${plural(n, 'node note that was', 'node notes that were')} not text removed`,
  'node-notes-long': (n: number): string => `${plural(n, 'node note', 'node notes')} truncated to ${chars(FIELDS.node.notes)}`,
  'instance-invalid': (n: number) => `${plural(n, 'invalid instance size', 'invalid instance sizes')} removed`,
  'instance-long': (n: number): string => `${plural(n, 'instance size', 'instance sizes')} truncated to ${chars(FIELDS.node.instance)}`,
  'edge-label-type': (n: number) => `${plural(n, 'edge label that was', 'edge labels that were')} not text removed`,
  'edge-label-long': (n: number): string => `${plural(n, 'edge label', 'edge labels')} truncated to ${chars(FIELDS.edge.label)}`,
  'title-type': () => 'The title was not text and was replaced',
  'title-long': (): string => `The title was truncated to ${chars(FIELDS.board.title)}`,
  'board-notes-type': () => 'The board notes were not text and were removed',
  'board-notes-long': (): string => `The board notes were truncated to ${chars(FIELDS.board.notes)}`,
  'board-id': () => 'The board had no valid id and was given a new one',
  timestamp: (n: number) => `${plural(n, 'invalid timestamp', 'invalid timestamps')} replaced`,
  'study-removed': () => 'The study guide was unreadable and was removed',
  study: (n: number) => `${plural(n, 'study guide entry', 'study guide entries')} repaired`,
} satisfies Record<string, (n: number, examples: string[]) => string>;

export type RepairId = keyof typeof REPAIR_MESSAGES;

/** The repairs made while restoring one document, counted per kind, in the order first seen. */
export class Repairs {
  private readonly counts = new Map<RepairId | string, { count: number; examples: string[] }>();

  add(kind: RepairId, example?: string): void {
    const entry = this.counts.get(kind) ?? { count: 0, examples: [] };
    entry.count++;
    if (example !== undefined && entry.examples.length < 3 && !entry.examples.includes(example)) entry.examples.push(example);
    this.counts.set(kind, entry);
  }

  /** A one-off sentence (e.g. a migration), shown first. */
  note(message: string): void {
    this.counts.set(`note:${message}`, { count: 1, examples: [] });
  }

  messages(): string[] {
    return [...this.counts].map(([kind, { count, examples }]) =>
      kind.startsWith('note:') ? kind.slice(5) : REPAIR_MESSAGES[kind as RepairId](count, examples),
    );
  }
}
