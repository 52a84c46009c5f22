// Writing documents out: the exported file (a versioned envelope) and the canonical plain
// object that storage keeps. Keys are written in one fixed order, and only the model's own
// fields are copied, so React Flow extras (selected, measured, dragging) or stray
// properties never reach a file, and two saves of the same board produce the same bytes.
import { truncateText } from './text';
import { FILE_TYPE, SCHEMA_VERSION, UNTITLED_BOARD_TITLE, type BoardDocument, type BoardEdge, type BoardFile, type BoardNode, type StudyGuide } from './types';

function plainNode(node: BoardNode): BoardNode {
  // Built in types.ts declaration order, optional fields only when set.
  return {
    id: node.id,
    kind: node.kind,
    position: { x: node.position.x, y: node.position.y },
    ...(node.parentId !== undefined && { parentId: node.parentId }),
    ...(node.size !== undefined && { size: { width: node.size.width, height: node.size.height } }),
    label: node.label,
    ...(node.replicas !== undefined && { replicas: node.replicas }),
    ...(node.instance !== undefined && { instance: node.instance }),
    ...(node.monthlyCostUsd !== undefined && { monthlyCostUsd: node.monthlyCostUsd }),
    tags: [...node.tags],
    notes: node.notes,
  };
}

function plainEdge(edge: BoardEdge): BoardEdge {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    ...(edge.sourceHandle !== undefined && { sourceHandle: edge.sourceHandle }),
    ...(edge.targetHandle !== undefined && { targetHandle: edge.targetHandle }),
    label: edge.label,
    kind: edge.kind,
  };
}

function plainStudy(study: StudyGuide): StudyGuide {
  return {
    prompt: study.prompt,
    clarifyingQuestions: [...study.clarifyingQuestions],
    functionalRequirements: [...study.functionalRequirements],
    nonFunctionalRequirements: [...study.nonFunctionalRequirements],
    estimates: study.estimates.map((e) => ({ label: e.label, arithmetic: e.arithmetic, result: e.result })),
    failureScenarios: [...study.failureScenarios],
    costNotes: [...study.costNotes],
    talkingPoints: {
      requirements: [...study.talkingPoints.requirements],
      'high-level': [...study.talkingPoints['high-level']],
      'deep-dive': [...study.talkingPoints['deep-dive']],
      'edge-cases': [...study.talkingPoints['edge-cases']],
    },
    tags: [...study.tags],
    ...(study.v1 !== undefined && { v1: [...study.v1] }),
    ...(study.ladder !== undefined && { ladder: study.ladder.map((step) => ({ add: [...step.add], when: step.when, because: step.because })) }),
    ...(study.controlLoops !== undefined && { controlLoops: study.controlLoops.map((l) => ({ from: l.from, to: l.to, kind: l.kind, why: l.why })) }),
  };
}

/** A deep copy holding only the model's fields, in a stable key order. */
export function toPlainDocument(doc: BoardDocument): BoardDocument {
  return {
    schemaVersion: doc.schemaVersion,
    id: doc.id,
    title: doc.title,
    notes: doc.notes,
    nodes: doc.nodes.map(plainNode),
    edges: doc.edges.map(plainEdge),
    ...(doc.study !== undefined && { study: plainStudy(doc.study) }),
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

/** The exported file: `{ type, version, document }`, pretty-printed, ending in a newline. */
export function serializeBoardFile(doc: BoardDocument): string {
  const file: BoardFile = { type: FILE_TYPE, version: SCHEMA_VERSION, document: toPlainDocument(doc) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_FILE_NAME_CHARS = 100;

/**
 * A file name that is safe on Windows, macOS and Linux: "My board" → "My board.json".
 * Path separators, reserved characters and control characters become spaces; reserved
 * device names (CON, NUL …) and empty titles fall back to "Untitled board".
 */
export function boardFileName(title: string): string {
  let base = String(title ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '')
    .trim();
  if (base.toLowerCase().endsWith('.json')) base = base.slice(0, -5).trim();
  base = truncateText(base, MAX_FILE_NAME_CHARS).trim();
  if (base === '' || WINDOWS_RESERVED.test(base)) base = UNTITLED_BOARD_TITLE;
  return `${base}.json`;
}
