'use client';
import { useEffect, useState } from 'react';
import { BoardPreview } from '@/components/ui/board-preview';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { TEMPLATE_SUMMARIES, loadTemplateFile, type TemplateId, type TemplateSummary } from '@/templates';
import { parseDocument } from '@/lib/model/parse';
import { isBoundaryKind } from '@/lib/catalog';
import type { BoardDocument } from '@/lib/model/types';
import { practiceFromScratch, studyTemplate } from './study-mode';
import './templates.css';

type Loaded = { status: 'loading' } | { status: 'ready'; doc: BoardDocument } | { status: 'failed'; reason: string };

/** Components on a board: everything except boundaries and free-text notes. */
function countComponents(doc: BoardDocument): number {
  return doc.nodes.filter((n) => !isBoundaryKind(n.kind) && n.kind !== 'note').length;
}

/** Every template file goes through the one document parser, like an imported file. */
async function loadAndParse(id: TemplateId): Promise<Loaded> {
  try {
    const result = parseDocument(await loadTemplateFile(id));
    return result.ok ? { status: 'ready', doc: result.document } : { status: 'failed', reason: result.reason };
  } catch {
    return { status: 'failed', reason: 'The template file could not be loaded.' };
  }
}

/** The template gallery: a card per reference design, with Study and Practice from scratch. */
export function TemplateGallery({ onClose }: { onClose: () => void }) {
  const [loaded, setLoaded] = useState<Partial<Record<TemplateId, Loaded>>>({});

  useEffect(() => {
    let cancelled = false;
    for (const summary of TEMPLATE_SUMMARIES) {
      void loadAndParse(summary.id).then((result) => {
        if (!cancelled) setLoaded((prev) => ({ ...prev, [summary.id]: result }));
      });
    }
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <ModalDialog label="Templates" title="Templates" className="template-gallery" onClose={onClose}>
      <p className="muted">
        Reference answers a strong senior candidate would give in a 35-minute interview. Study one (it opens as a new
        board; your boards stay as they are) or practise the same prompt on an empty board.
      </p>
      <ul className="template-cards" aria-label="Reference templates">
        {TEMPLATE_SUMMARIES.map((summary) => (
          <TemplateCard key={summary.id} summary={summary} state={loaded[summary.id] ?? { status: 'loading' }} onDone={onClose} />
        ))}
      </ul>
    </ModalDialog>
  );
}

function TemplateCard({ summary, state, onDone }: { summary: TemplateSummary; state: Loaded; onDone: () => void }) {
  const doc = state.status === 'ready' ? state.doc : null;
  const components = doc ? countComponents(doc) : 0;
  return (
    <li className="template-card" aria-label={summary.title} data-template={summary.id}>
      <div className="template-preview">
        {doc ? (
          <BoardPreview doc={doc} label={`Diagram of ${summary.title}: ${components} components`} />
        ) : state.status === 'failed' ? (
          <p className="template-failed" role="alert">
            This template could not be opened: {state.reason}
          </p>
        ) : (
          <p className="muted" role="status">Loading…</p>
        )}
      </div>
      <h3>{summary.title}</h3>
      <p className="template-summary">{summary.summary}</p>
      {doc && (
        <p className="template-count" data-testid="component-count">
          {components} components · {doc.edges.length} connections
        </p>
      )}
      <ul className="template-tags" aria-label="Tags">
        {summary.tags.map((tag) => (
          <li key={tag}>{tag}</li>
        ))}
      </ul>
      <div className="template-actions">
        <button
          type="button"
          className="primary"
          disabled={!doc}
          aria-label={`Study ${summary.title}`}
          onClick={() => {
            if (!doc) return;
            onDone();
            void studyTemplate(doc);
          }}
        >
          Study
        </button>
        <button
          type="button"
          disabled={!doc}
          aria-label={`Practice from scratch: ${summary.title}`}
          onClick={() => {
            if (!doc) return;
            onDone();
            void practiceFromScratch(doc);
          }}
        >
          Practice from scratch
        </button>
      </div>
    </li>
  );
}
