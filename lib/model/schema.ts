// The zod schema of a *valid* BoardDocument: what lib/model/parse.ts promises to hand out.
// It encodes the limits (text lengths, coordinate range, counts) so a document that passes
// it is safe to render and to store. The parser repairs raw input field by field and then
// checks the result against this schema as a last line of defence.
//
// zod/mini keeps the first-load bundle small (full zod is ~95 KB gzip); the API is
// functional: checks go in `.check(...)`, wrappers are functions (`z.optional(x)`).
import * as z from 'zod/mini';
import {
  EDGE_KINDS,
  HANDLE_SIDES,
  SCHEMA_VERSION,
  type BoardDocument,
  type BoardEdge,
  type BoardNode,
  type StudyGuide,
} from './types';
import { LIMITS } from './limits';

export { LIMITS };

const text = (max: number) => z.string().check(z.maxLength(max));
const id = z.string().check(z.minLength(1), z.maxLength(LIMITS.maxIdChars));
const coordinate = z.number().check(z.gte(-LIMITS.maxCoordinate), z.lte(LIMITS.maxCoordinate));
const dimension = z.number().check(z.gte(1), z.lte(LIMITS.maxNodeDimension));
const timestamp = z
  .string()
  .check(
    z.maxLength(LIMITS.maxTimestampChars),
    z.refine((s) => !Number.isNaN(Date.parse(s)), 'not a date'),
  );
const handleSide = z.enum(HANDLE_SIDES as readonly ['top', 'right', 'bottom', 'left']);
const edgeKind = z.enum(EDGE_KINDS as readonly ['sync', 'async', 'stream', 'batch']);

export const PointSchema = z.object({ x: coordinate, y: coordinate });
export const SizeSchema = z.object({ width: dimension, height: dimension });

export const BoardNodeSchema = z.object({
  id,
  kind: id,
  position: PointSchema,
  parentId: z.optional(id),
  size: z.optional(SizeSchema),
  label: text(LIMITS.maxNodeLabelChars),
  replicas: z.optional(z.int().check(z.gte(0), z.lte(LIMITS.maxReplicas))),
  instance: z.optional(text(LIMITS.maxInstanceChars)),
  monthlyCostUsd: z.optional(z.number().check(z.gte(0), z.lte(LIMITS.maxMonthlyCostUsd))),
  tags: z.array(text(LIMITS.maxTagChars)).check(z.maxLength(LIMITS.maxTags)),
  notes: text(LIMITS.maxNodeNotesChars),
});

export const BoardEdgeSchema = z.object({
  id,
  source: id,
  target: id,
  sourceHandle: z.optional(handleSide),
  targetHandle: z.optional(handleSide),
  label: text(LIMITS.maxEdgeLabelChars),
  kind: edgeKind,
});

const studyText = text(LIMITS.maxStudyTextChars);
const studyList = z.array(studyText).check(z.maxLength(LIMITS.maxStudyListItems));

export const StudyGuideSchema = z.object({
  prompt: studyText,
  clarifyingQuestions: studyList,
  functionalRequirements: studyList,
  nonFunctionalRequirements: studyList,
  estimates: z
    .array(z.object({ label: studyText, arithmetic: studyText, result: studyText }))
    .check(z.maxLength(LIMITS.maxStudyListItems)),
  failureScenarios: studyList,
  costNotes: studyList,
  talkingPoints: z.object({
    requirements: studyList,
    'high-level': studyList,
    'deep-dive': studyList,
    'edge-cases': studyList,
  }),
  tags: studyList,
});

export const BoardDocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  title: text(LIMITS.maxTitleChars),
  notes: text(LIMITS.maxBoardNotesChars),
  nodes: z.array(BoardNodeSchema).check(z.maxLength(LIMITS.maxNodes)),
  edges: z.array(BoardEdgeSchema).check(z.maxLength(LIMITS.maxEdges)),
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
