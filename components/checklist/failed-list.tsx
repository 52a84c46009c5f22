'use client';
// The failure simulation's "Failed" list: bring a component back, and for a redundant one
// choose whether one replica fails or all of them at once (a bad deploy reaches every replica).
import { isBoundaryKind } from '@/lib/catalog';
import { labelOf } from '@/lib/checklist';
import { isRedundant } from '@/lib/graph/redundancy';
import type { BoardDocument } from '@/lib/model/types';
import { useBoardStore } from '@/components/editor/board-store';

const NONE: ReadonlySet<string> = new Set();

export function FailedList({ doc, failedIds }: { doc: BoardDocument; failedIds: ReadonlySet<string> }) {
  const allReplicasIds = useBoardStore((s) => s.simulation?.allReplicasIds ?? NONE);
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const store = () => useBoardStore.getState();
  return (
    <ul className="simulation-failed">
      {[...failedIds].filter((id) => byId.has(id)).map((id) => {
        const node = byId.get(id)!;
        const name = labelOf(node);
        const replicated = !isBoundaryKind(node.kind) && isRedundant(node);
        const all = allReplicasIds.has(id);
        return (
          <li key={id}>
            <span>{name}</span>
            {replicated && (
              <fieldset className="simulation-scope">
                <legend className="checklist-sr-only">{`How much of ${name} fails`}</legend>
                <label>
                  <input type="radio" name={`scope-${id}`} checked={!all} onChange={() => store().setAllReplicasFailed(id, false)} />
                  One replica
                </label>
                <label>
                  <input type="radio" name={`scope-${id}`} checked={all} onChange={() => store().setAllReplicasFailed(id, true)} />
                  All replicas (bad deploy)
                </label>
              </fieldset>
            )}
            <button type="button" className="cost-link" onClick={() => store().toggleFailed(id)} aria-label={`Bring back ${name}`}>
              Bring back
            </button>
          </li>
        );
      })}
    </ul>
  );
}
