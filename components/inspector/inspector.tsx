'use client';
import { useShallow } from 'zustand/react/shallow';
import { useState } from 'react';
import { getKind, isBoundaryKind } from '@/lib/catalog';
import { EDGE_KINDS, EDGE_KIND_LABELS, KNOWN_TAGS, type BoardEdge, type BoardNode, type EdgeKind } from '@/lib/model/types';
import { LIMITS } from '@/lib/model/limits';
import type { NodePatch } from '@/lib/commands/edits';
import * as edits from '@/lib/commands/edits';
import { useBoardStore } from '@/components/editor/board-store';
import { takeEdgeLabelFocus } from '@/components/editor/edge-label-focus';
import { KindIcon } from '@/components/nodes/kind-icon';
import { pendingSuggestion, type Suggestion } from '@/lib/model/suggestions';
import { NumberField, TextField } from './fields';
import { SuggestionBox } from './suggestion-box';

const closeStep = () => useBoardStore.getState().breakCoalescing();

function patchNode(id: string, field: keyof NodePatch, patch: NodePatch) {
  useBoardStore.getState().apply((d) => edits.updateNode(d, id, patch), { coalesceKey: `${field}:${id}` });
}

/** What the inspector shows of a node: everything but where it is. */
type InspectedNode = Omit<BoardNode, 'position'>;

/** Greyed in the field while nothing is chosen; typing a value chooses it. */
const suggested = (value: string | number | undefined, otherwise?: string) => (value === undefined ? otherwise : `${value} (suggested)`);

function TagEditor({ node, suggestedTags = [] }: { node: InspectedNode; suggestedTags?: readonly string[] }) {
  const [custom, setCustom] = useState('');
  const toggle = (tag: string) => {
    const tags = node.tags.includes(tag) ? node.tags.filter((t) => t !== tag) : [...node.tags, tag];
    useBoardStore.getState().apply((d) => edits.updateNode(d, node.id, { tags }));
  };
  const extra = node.tags.filter((t) => !(KNOWN_TAGS as readonly string[]).includes(t));
  return (
    <fieldset className="field tag-editor">
      <legend>Tags</legend>
      <div className="tag-chips">
        {[...KNOWN_TAGS, ...extra].map((tag) => (
          <button
            key={tag}
            type="button"
            className="tag-chip"
            aria-pressed={node.tags.includes(tag)}
            data-suggested={suggestedTags.includes(tag) || undefined}
            title={suggestedTags.includes(tag) ? 'Suggested: counts once chosen' : undefined}
            onClick={() => toggle(tag)}
          >
            {tag}
          </button>
        ))}
      </div>
      <form
        className="tag-add"
        onSubmit={(e) => {
          e.preventDefault();
          const tag = custom.trim().toLowerCase().replace(/\s+/g, '-').slice(0, 40);
          if (tag && !node.tags.includes(tag)) toggle(tag);
          setCustom('');
        }}
      >
        <input aria-label="New tag" placeholder="Add a tag…" value={custom} onChange={(e) => setCustom(e.target.value)} />
      </form>
    </fieldset>
  );
}

function NodeInspector({ node }: { node: InspectedNode }) {
  const kind = getKind(node.kind);
  const boundary = isBoundaryKind(node.kind);
  const isNote = node.kind === 'note';
  const suggestion: Suggestion = pendingSuggestion(node);
  return (
    <div className="inspector-body">
      <p className="inspector-kind">
        {kind && <KindIcon icon={kind.icon} size={16} />} {kind?.label ?? node.kind}
      </p>
      {kind && <p className="inspector-hint">{kind.description}</p>}
      <SuggestionBox nodeId={node.id} kindLabel={kind?.label ?? node.kind} suggestion={suggestion} />
      <TextField label="Label" value={node.label} maxLength={LIMITS.maxNodeLabelChars} onChange={(label) => patchNode(node.id, 'label', { label })} onBlur={closeStep} />
      {!boundary && !isNote && (
        <>
          <NumberField label="Replicas" value={node.replicas} min={1} placeholder={suggested(suggestion.replicas)} onChange={(replicas) => patchNode(node.id, 'replicas', { replicas: replicas === undefined ? undefined : Math.round(replicas) })} onBlur={closeStep} />
          <TextField label="Instance / size" value={node.instance ?? ''} placeholder={suggested(suggestion.instance, 'e.g. m6i.xlarge')} maxLength={LIMITS.maxInstanceChars} onChange={(instance) => patchNode(node.id, 'instance', { instance: instance || undefined })} onBlur={closeStep} />
          <NumberField label="Monthly cost (USD)" value={node.monthlyCostUsd} min={0} step={10} placeholder={suggested(suggestion.monthlyCostUsd)} onChange={(monthlyCostUsd) => patchNode(node.id, 'monthlyCostUsd', { monthlyCostUsd })} onBlur={closeStep} />
        </>
      )}
      {!isNote && <TagEditor node={node} suggestedTags={suggestion.tags} />}
      <TextField
        label="Notes"
        multiline
        rows={5}
        value={node.notes}
        maxLength={LIMITS.maxNodeNotesChars}
        placeholder={isNote ? 'Write anything…' : 'Why this component? What else did you consider?'}
        onChange={(notes) => patchNode(node.id, 'notes', { notes })}
        onBlur={closeStep}
      />
    </div>
  );
}

function EdgeInspector({ edge }: { edge: BoardEdge }) {
  const [from, to] = useBoardStore(
    useShallow((s) => {
      const labelOf = (id: string) => s.history.present.nodes.find((n) => n.id === id)?.label ?? id;
      return [labelOf(edge.source), labelOf(edge.target)];
    }),
  );
  const [justConnected] = useState(() => takeEdgeLabelFocus(edge.id));
  return (
    <div className="inspector-body">
      <p className="inspector-kind">Edge: {from} → {to}</p>
      <TextField
        label="Label"
        value={edge.label}
        placeholder="e.g. POST /predict"
        maxLength={LIMITS.maxEdgeLabelChars}
        autoFocus={justConnected}
        onChange={(label) => useBoardStore.getState().apply((d) => edits.updateEdge(d, edge.id, { label }), { coalesceKey: `edge-label:${edge.id}` })}
        onBlur={closeStep}
      />
      <fieldset className="field edge-kinds">
        <legend>Kind</legend>
        {EDGE_KINDS.map((kind) => (
          <label key={kind} className="radio">
            <input
              type="radio"
              name={`edge-kind-${edge.id}`}
              checked={edge.kind === kind}
              onChange={() => useBoardStore.getState().apply((d) => edits.updateEdge(d, edge.id, { kind: kind as EdgeKind }))}
            />
            <span className={`edge-swatch edge-${kind}`} aria-hidden="true" />
            {EDGE_KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/**
 * The single selected node or edge, or null; subscribing to it alone keeps drags cheap. The
 * node is compared without its position (shallowly: edits copy only what they change), so
 * dragging the selected node does not re-render the inspector every frame.
 */
function useSingleSelection(): { node?: InspectedNode; edge?: BoardEdge; count: number } {
  const count = useBoardStore((s) => s.selection.nodeIds.size + s.selection.edgeIds.size);
  const node = useBoardStore(
    useShallow((s): InspectedNode | undefined => {
      if (s.selection.nodeIds.size !== 1 || s.selection.edgeIds.size !== 0) return undefined;
      const [id] = s.selection.nodeIds;
      const found = s.history.present.nodes.find((n) => n.id === id);
      if (!found) return undefined;
      const { position: _position, ...shown } = found;
      return shown;
    }),
  );
  const edge = useBoardStore((s) => {
    if (s.selection.edgeIds.size !== 1 || s.selection.nodeIds.size !== 0) return undefined;
    const [id] = s.selection.edgeIds;
    return s.history.present.edges.find((e) => e.id === id);
  });
  return { node, edge, count };
}

export function Inspector() {
  const { node, edge, count } = useSingleSelection();
  let body: React.ReactNode;
  if (node) body = <NodeInspector key={node.id} node={node} />;
  else if (edge) body = <EdgeInspector key={edge.id} edge={edge} />;
  else if (count > 1) body = <p className="inspector-empty">{count} items selected. Move them together, duplicate (Ctrl+D) or delete.</p>;
  else body = <p className="inspector-empty">Select a component or an edge to edit it. Double-click a label to rename in place.</p>;
  return (
    <section className="panel-section inspector" aria-label="Inspector">
      <h2>Inspector</h2>
      {body}
    </section>
  );
}

export function BoardNotes() {
  const notes = useBoardStore((s) => s.history.present.notes);
  return (
    <section className="panel-section board-notes" aria-label="Board notes">
      <h2>Board notes</h2>
      <TextField
        label="Requirements and assumptions"
        multiline
        rows={8}
        value={notes}
        placeholder={'Functional requirements:\n- …\nNon-functional requirements:\n- 10k QPS peak, p99 < 200 ms, 99.9% availability\nAssumptions:\n- …'}
        onChange={(text) => useBoardStore.getState().apply((d) => edits.setBoardNotes(d, text), { coalesceKey: 'board-notes' })}
        onBlur={closeStep}
      />
    </section>
  );
}
