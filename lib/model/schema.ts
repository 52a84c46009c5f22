// The zod schema of a *valid* BoardDocument: what lib/model/parse/ promises to hand out.
// Every limit comes from the field table (field-table.ts), which the parser's restorers
// read too, so a document that passes is safe to render and to store. The parser repairs
// raw input field by field and then checks the result against this schema as a last line
// of defence.
//
// zod/mini keeps the first-load bundle small (full zod is ~95 KB gzip); the API is
// functional: checks go in `.check(...)`, wrappers are functions (`z.optional(x)`).
import * as z from 'zod/mini';
import { FIELDS, isTimestamp, type ChoiceField, type ListField, type NumberField, type TextField } from './field-table';
import { SCHEMA_VERSION, type BoardDocument, type BoardEdge, type BoardNode, type StudyGuide } from './types';

// Re-exported: the parser and the tests read the limits next to the schema they shape.
export { LIMITS } from './limits';

const text = (field: TextField) => z.string().check(z.maxLength(field.max));
const number = (field: NumberField) =>
  z.number().check(z.gte(field.min), z.lte(field.max), ...(field.wholeNumber ? [z.refine(Number.isInteger, 'not a whole number')] : []));
const list = <T extends z.core.SomeType>(field: ListField, item: T) => z.array(item).check(z.maxLength(field.maxItems));
const id = z.string().check(z.minLength(FIELDS.id.min), z.maxLength(FIELDS.id.max));
const timestamp = z.string().check(z.refine(isTimestamp, 'not a timestamp'));
// z.enum wants a non-empty tuple; the table's lists are the types' own constants.
const choice = <T extends string>(field: ChoiceField<T>) => z.enum(field.values as readonly [T, ...T[]]);
const coordinate = number(FIELDS.node.coordinate);
const dimension = number(FIELDS.node.dimension);
const handleSide = choice(FIELDS.edge.handle);

export const PointSchema = z.object({ x: coordinate, y: coordinate });
export const SizeSchema = z.object({ width: dimension, height: dimension });

export const BoardNodeSchema = z.object({
  id,
  kind: id,
  position: PointSchema,
  parentId: z.optional(id),
  size: z.optional(SizeSchema),
  label: text(FIELDS.node.label),
  replicas: z.optional(number(FIELDS.node.replicas)),
  instance: z.optional(text(FIELDS.node.instance)),
  monthlyCostUsd: z.optional(number(FIELDS.node.monthlyCostUsd)),
  tags: list(FIELDS.node.tags, text(FIELDS.node.tag)),
  notes: text(FIELDS.node.notes),
});

export const BoardEdgeSchema = z.object({
  id,
  source: id,
  target: id,
  sourceHandle: z.optional(handleSide),
  targetHandle: z.optional(handleSide),
  label: text(FIELDS.edge.label),
  kind: choice(FIELDS.edge.kind),
});

const studyText = text(FIELDS.study.text);
const studyList = list(FIELDS.study.list, studyText);

export const StudyGuideSchema = z.object({
  prompt: studyText,
  clarifyingQuestions: studyList,
  functionalRequirements: studyList,
  nonFunctionalRequirements: studyList,
  estimates: list(FIELDS.study.list, z.object({ label: studyText, arithmetic: studyText, result: studyText })),
  failureScenarios: studyList,
  costNotes: studyList,
  talkingPoints: z.object({
    requirements: studyList,
    'high-level': studyList,
    'deep-dive': studyList,
    'edge-cases': studyList,
  }),
  tags: studyList,
  v1: z.optional(studyList),
  ladder: z.optional(list(FIELDS.study.list, z.object({ add: studyList, when: studyText, because: studyText }))),
  controlLoops: z.optional(list(FIELDS.study.list, z.object({ from: id, to: id, kind: choice(FIELDS.edge.kind), why: studyText }))),
});

export const BoardDocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  title: text(FIELDS.board.title),
  notes: text(FIELDS.board.notes),
  nodes: list(FIELDS.board.nodes, BoardNodeSchema),
  edges: list(FIELDS.board.edges, BoardEdgeSchema),
  study: z.optional(StudyGuideSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
});

// Compile-time guard: types.ts stays the source of truth, and this fails to compile the
// moment the schema and the interfaces drift apart (in either direction).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: [
  Same<z.infer<typeof BoardNodeSchema>, BoardNode>,
  Same<z.infer<typeof BoardEdgeSchema>, BoardEdge>,
  Same<z.infer<typeof StudyGuideSchema>, StudyGuide>,
  Same<z.infer<typeof BoardDocumentSchema>, BoardDocument>,
] = [true, true, true, true];
void schemaMatchesTypes;

/** True when `value` is a BoardDocument that satisfies every limit (no repair attempted). */
export function isValidBoardDocument(value: unknown): value is BoardDocument {
  return BoardDocumentSchema.safeParse(value).success;
}
