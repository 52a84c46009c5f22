// The Design Drill document model. This is ours, not React Flow's: adapters in
// components/canvas turn it into React Flow nodes and back, so that fields such as
// `selected`, `measured` or `dragging` never reach a saved file.

/** Bumped whenever the saved shape changes; lib/model/migrations.ts upgrades older files. */
export const SCHEMA_VERSION = 2;

/** The envelope of an exported file. */
export const FILE_TYPE = 'design-drill/board';

/** The title of a board that has none (new, imported without one, or emptied). */
export const UNTITLED_BOARD_TITLE = 'Untitled board';

export type EdgeKind = 'sync' | 'async' | 'stream' | 'batch';
export const EDGE_KINDS: readonly EdgeKind[] = ['sync', 'async', 'stream', 'batch'];
export const EDGE_KIND_LABELS: Record<EdgeKind, string> = {
  sync: 'Sync request',
  async: 'Async message',
  stream: 'Stream',
  batch: 'Batch data flow',
};

/** Handle ids on the four sides of every node; any side can start or end an edge. */
export type HandleSide = 'top' | 'right' | 'bottom' | 'left';
export const HANDLE_SIDES: readonly HandleSide[] = ['top', 'right', 'bottom', 'left'];

export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface BoardNode {
  id: string;
  /** A catalog kind id, e.g. "feature-store". */
  kind: string;
  /** Top-left corner; relative to the parent boundary when parentId is set (as in React Flow). */
  position: Point;
  /** The boundary that contains this node. Parents always come before children in `nodes`. */
  parentId?: string;
  /** Only boundaries and notes are resizable; leaf components have the catalog's fixed size. */
  size?: Size;
  label: string;
  replicas?: number;
  /** Instance type or size, e.g. "m6i.xlarge" or "3 × r6g.large". */
  instance?: string;
  monthlyCostUsd?: number;
  /** Free-form tags; see KNOWN_TAGS for the ones the checklist understands. */
  tags: string[];
  /** Why this component, what else was considered. */
  notes: string;
}

export interface BoardEdge {
  id: string;
  source: string;
  target: string;
  sourceHandle?: HandleSide;
  targetHandle?: HandleSide;
  /** The API or protocol, e.g. "POST /predict". */
  label: string;
  kind: EdgeKind;
}

export interface Estimate {
  label: string;
  /** The arithmetic, shown so a candidate can follow it, e.g. "2M DAU × 20 req / 86,400 s". */
  arithmetic: string;
  result: string;
}

export type PhaseId = 'requirements' | 'high-level' | 'deep-dive' | 'edge-cases';

/** The study material that travels with a template (and with a practice board's prompt). */
export interface StudyGuide {
  /** The prompt as an interviewer would say it. */
  prompt: string;
  clarifyingQuestions: string[];
  functionalRequirements: string[];
  nonFunctionalRequirements: string[];
  estimates: Estimate[];
  failureScenarios: string[];
  costNotes: string[];
  talkingPoints: Record<PhaseId, string[]>;
  tags: string[];
  /** Node ids of the reference's first version: what a candidate draws in the high-level phase. */
  v1?: string[];
  /** What an interviewer's follow-ups add to v1, in order; v1 plus every step is the whole design. */
  ladder?: LadderStep[];
  /** The feedback and control paths the text promises, each drawn as an edge from → to of this kind. */
  controlLoops?: ControlLoop[];
}

/** One follow-up of the build-up from v1: the components it adds and why. */
export interface LadderStep {
  /** Node ids (components; their boundaries come with them). */
  add: string[];
  /** The follow-up that prompts it, e.g. "When asked about freshness". */
  when: string;
  /** Why these components answer it. */
  because: string;
}

/** One edge of a control loop (retraining trigger, prediction log, feedback, invalidation, DLQ write…). */
export interface ControlLoop {
  /** Node id. */
  from: string;
  to: string;
  kind: EdgeKind;
  why: string;
}

export interface BoardDocument {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  title: string;
  /** Board notes: requirements, assumptions, estimates. The checklist reads them. */
  notes: string;
  nodes: BoardNode[];
  edges: BoardEdge[];
  /** Present on template boards and on practice boards started from a prompt. */
  study?: StudyGuide;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** The exported JSON file. */
export interface BoardFile {
  type: typeof FILE_TYPE;
  version: number;
  document: BoardDocument;
}

/** Tags the checklist understands; users may add others. */
export const KNOWN_TAGS = [
  'multi-az',
  'autoscaling',
  'spot',
  'circuit-breaker',
  'retries',
  'ha',
  'read-replicas',
  'encrypted',
  'per-tenant',
  'public',
] as const;
