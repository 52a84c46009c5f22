// The limits every document is held to, without the zod schema that enforces them
// (lib/model/schema.ts), so the UI can apply them while editing at no bundle cost.

/** Limits every document is held to. Exported so the UI can enforce the same ones while editing. */
export const LIMITS = {
  /** Text length of an imported file, checked before JSON.parse. */
  maxFileChars: 5 * 1024 * 1024,
  maxNodes: 5_000,
  maxEdges: 20_000,
  maxIdChars: 128,
  maxTitleChars: 200,
  maxBoardNotesChars: 100_000,
  maxNodeLabelChars: 500,
  maxNodeNotesChars: 20_000,
  maxEdgeLabelChars: 500,
  maxInstanceChars: 200,
  maxTags: 50,
  maxTagChars: 64,
  maxTimestampChars: 64,
  /** Coordinates beyond this are clamped: nobody draws a million pixels away, but overflow breaks layout. */
  maxCoordinate: 1_000_000,
  maxNodeDimension: 100_000,
  maxReplicas: 100_000,
  maxMonthlyCostUsd: 1_000_000_000,
  maxStudyTextChars: 5_000,
  maxStudyListItems: 200,
} as const;
