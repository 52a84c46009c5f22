// The document parser (zod/mini, the schema, the migrations: about 20 KB gzip) is needed
// by every way a document enters, but never before the page has started: reading storage,
// import and paste are all asynchronous or user actions. Loading it with `import()` keeps it
// out of the board page's first-load JS; the bundler puts it in a chunk of its own, fetched
// once and shared by every caller.
import type { parseBoardFileText, parseDocument } from '@/lib/model/parse';
import type { LIMITS } from '@/lib/model/schema';

export interface DocumentParser {
  parseDocument: typeof parseDocument;
  parseBoardFileText: typeof parseBoardFileText;
  LIMITS: typeof LIMITS;
}

/**
 * The one document parser, or null if its chunk could not be fetched (the network went away
 * after the page loaded). Never rejects, so the stores can keep their promise never to
 * reject, and each caller says what could not be opened.
 */
export async function loadDocumentParser(): Promise<DocumentParser | null> {
  try {
    const [parse, schema] = await Promise.all([import('@/lib/model/parse'), import('@/lib/model/schema')]);
    return { parseDocument: parse.parseDocument, parseBoardFileText: parse.parseBoardFileText, LIMITS: schema.LIMITS };
  } catch {
    return null;
  }
}
