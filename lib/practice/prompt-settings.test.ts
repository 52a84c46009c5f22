import { describe, expect, it } from 'vitest';
import { evaluateChecklist } from '@/lib/checklist';
import { KINDS } from '@/lib/catalog/kinds';
import type { BoardDocument } from '@/lib/model/types';
import prompts from '@/templates/prompts.json';
import { TEMPLATE_IDS } from '@/templates';
import { promptPlaceholders, promptScope } from './prompt-settings';

function doc(kinds: string[], edges: [number, number][]): BoardDocument {
  return {
    schemaVersion: 1 as BoardDocument['schemaVersion'], id: 'b', title: '', notes: '', createdAt: '', updatedAt: '',
    nodes: kinds.map((kind, i) => ({ id: `n${i}`, kind, label: kind, position: { x: i * 200, y: 0 }, tags: [], notes: '' })),
    edges: edges.map(([s, t]) => ({ id: `e${s}-${t}`, source: `n${s}`, target: `n${t}`, label: '', kind: 'sync' as const })),
  };
}

describe('prompt settings', () => {
  const ids = [...TEMPLATE_IDS.map((id) => `use-case-${id}`), ...prompts.map((p) => p.id)];

  it('gives every prompt its own requirement placeholders', () => {
    const functional = ids.map((id) => promptPlaceholders(id).functional);
    expect(new Set(functional).size).toBe(ids.length);
    expect(promptPlaceholders('multi-tenant-model-serving').functional).not.toMatch(/template suggestions/);
  });

  it('declares only catalog roles in scope', () => {
    const roles = new Set(KINDS.flatMap((k) => k.roles));
    for (const id of ids) for (const role of promptScope(id)?.roles ?? []) expect(roles.has(role), `${id}: ${role}`).toBe(true);
  });

  it('does not ask a model-serving platform for a training pipeline or a feature store', () => {
    // client → gateway → model server ← registry
    const board = doc(['web-app', 'api-gateway', 'model-server', 'model-registry'], [[0, 1], [1, 2], [3, 2]]);
    const unscoped = evaluateChecklist(board).findings.find((f) => f.ruleId === 'ml-lifecycle')!;
    expect(unscoped.status).not.toBe('pass');
    expect(unscoped.message).toMatch(/training pipeline/);
    const scoped = evaluateChecklist(board, promptScope('multi-tenant-model-serving')).findings.find((f) => f.ruleId === 'ml-lifecycle')!;
    expect(scoped.status).toBe('pass');
  });

  it('marks rules outside a scope as not applicable', () => {
    const result = evaluateChecklist(doc(['web-app'], []), { rules: ['requirements'] });
    expect(result.findings.filter((f) => f.status !== 'n/a').map((f) => f.ruleId)).toEqual(['requirements']);
  });
});
