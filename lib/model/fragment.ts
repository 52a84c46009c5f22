// The clipboard format of a copied piece of a board: JSON text, so a copy in one tab pastes in
// another. What comes back from the clipboard is untrusted: the envelope is checked here and
// the nodes and edges go through the document parser like every other input.
import * as z from 'zod/mini';
import { createEmptyDocument } from './document';
import type { parseDocument } from './parse';
import type { LIMITS } from './limits';
import type { BoardDocument } from './types';

const FRAGMENT_TYPE = 'design-drill/fragment';

/** Nodes and edges cut out of a board (lib/commands/edits' Fragment). */
export type FragmentContent = Pick<BoardDocument, 'nodes' | 'edges'>;

/** The document parser's parts a fragment needs; callers pass the lazily loaded parser. */
export interface FragmentParser {
  parseDocument: typeof parseDocument;
  LIMITS: Pick<typeof LIMITS, 'maxFileChars'>;
}

const FragmentEnvelopeSchema = z.object({
  type: z.literal(FRAGMENT_TYPE),
  fragment: z.object({ nodes: z.array(z.unknown()), edges: z.array(z.unknown()) }),
});

export function serializeFragment(fragment: FragmentContent): string {
  return JSON.stringify({ type: FRAGMENT_TYPE, fragment });
}

/** The fragment in clipboard text, or null when the text is anything else (or a broken fragment). */
export function parseFragmentText(text: string | undefined, parser: FragmentParser): FragmentContent | null {
  if (!text || text.length > parser.LIMITS.maxFileChars) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const envelope = FragmentEnvelopeSchema.safeParse(value);
  if (!envelope.success) return null;
  const { nodes, edges } = envelope.data.fragment;
  const parsed = parser.parseDocument({ ...createEmptyDocument(), nodes, edges });
  return parsed.ok ? { nodes: parsed.document.nodes, edges: parsed.document.edges } : null;
}
