// The requirements phase edits the one board-notes text through four labelled fields. The
// notes stay plain text (the checklist and every export read them as such); the fields are
// sections under fixed headings, parsed out and written back. parse(compose(s)) gives s back
// exactly, so a controlled textarea never loses a trailing newline while the user types.

export type NoteSectionId = 'functional' | 'nonFunctional' | 'constraints' | 'estimates';

export const NOTE_SECTIONS: readonly { id: NoteSectionId; heading: string }[] = [
  { id: 'functional', heading: 'Functional requirements' },
  { id: 'nonFunctional', heading: 'Non-functional requirements' },
  { id: 'constraints', heading: 'Constraints and assumptions' },
  // estimatesToNotes() starts its text with this heading, so attaching replaces this section.
  { id: 'estimates', heading: 'Back-of-envelope estimates' },
];

export interface NoteSections extends Record<NoteSectionId, string> {
  /** Whatever precedes the first known heading (free notes), kept as it was. */
  preamble: string;
}

const headingById = new Map(NOTE_SECTIONS.map((s) => [s.id, s.heading]));

function headingOf(line: string): NoteSectionId | null {
  const text = line.trim().replace(/:$/, '').trim().toLowerCase();
  for (const section of NOTE_SECTIONS) if (section.heading.toLowerCase() === text) return section.id;
  return null;
}

/** Drops the blank line compose() puts between sections (or a single newline typed by hand). */
function stripSeparator(text: string): string {
  if (text.endsWith('\n\n')) return text.slice(0, -2);
  if (text.endsWith('\n')) return text.slice(0, -1);
  return text;
}

export function parseNoteSections(notes: string): NoteSections {
  const result: NoteSections = { preamble: '', functional: '', nonFunctional: '', constraints: '', estimates: '' };
  const lines = notes.split('\n');
  let current: NoteSectionId | 'preamble' = 'preamble';
  let buffer: string[] = [];
  const seen = new Set<NoteSectionId | 'preamble'>();
  const flush = (isLast: boolean) => {
    const joined = buffer.join('\n');
    // Every chunk but the last was followed by the newline before the next heading.
    const body = isLast ? joined : stripSeparator(`${joined}\n`);
    // A heading that appears twice: keep both bodies rather than dropping one.
    result[current] = seen.has(current) && result[current] !== '' ? `${result[current]}\n${body}` : body;
    seen.add(current);
  };
  for (const line of lines) {
    const heading = headingOf(line);
    if (heading === null) {
      buffer.push(line);
      continue;
    }
    flush(false);
    current = heading;
    buffer = [];
  }
  flush(true);
  return result;
}

/** Writes the sections back as notes; empty sections are left out so no bare heading pretends to be a requirement. */
export function composeNotes(sections: NoteSections): string {
  const parts: string[] = [];
  if (sections.preamble !== '') parts.push(sections.preamble);
  for (const { id } of NOTE_SECTIONS) {
    const body = sections[id];
    if (body === '') continue;
    parts.push(`${headingById.get(id)}:\n${body}`);
  }
  return parts.join('\n\n');
}

/** The notes with one section replaced (the others and the preamble are kept). */
export function withNoteSection(notes: string, id: NoteSectionId, body: string): string {
  return composeNotes({ ...parseNoteSections(notes), [id]: body });
}

/**
 * The notes with the worksheet's text attached: `estimatesText` is estimatesToNotes()'s
 * output (its first line is the heading). Attaching again replaces the earlier estimates.
 */
export function attachEstimates(notes: string, estimatesText: string): string {
  const [first, ...rest] = estimatesText.split('\n');
  const body = headingOf(first) === 'estimates' ? rest.join('\n') : estimatesText;
  return withNoteSection(notes, 'estimates', body);
}
