// The reference templates are the answers we teach from, so each must pass every rule
// that applies to it — and the rules must notice when a key piece is taken away. Every
// template in templates/ is picked up, including ones added later.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasRole, type Role } from '@/lib/catalog';
import { parseDocument } from '@/lib/model/parse';
import type { BoardDocument } from '@/lib/model/types';
import { evaluateChecklist, evaluateRule } from './evaluate';
import type { RuleId } from './types';

const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Template files: JSON files holding a board document (prompts.json holds study guides only). */
function loadTemplates(): { name: string; doc: BoardDocument }[] {
  const out: { name: string; doc: BoardDocument }[] = [];
  for (const file of readdirSync(templatesDir).filter((f) => f.endsWith('.json')).sort()) {
    const raw: unknown = JSON.parse(readFileSync(templatesDir + file, 'utf8'));
    if (!raw || typeof raw !== 'object' || !('document' in raw)) continue;
    const parsed = parseDocument(raw);
    if (!parsed.ok) throw new Error(`${file} does not parse: ${JSON.stringify(parsed)}`);
    out.push({ name: file.replace(/\.json$/, ''), doc: parsed.document });
  }
  return out;
}

/** The board without every node having one of these roles (and their edges), like deleting them. */
function withoutRole(doc: BoardDocument, roles: readonly Role[]): { doc: BoardDocument; removed: number } {
  const gone = new Set(doc.nodes.filter((n) => roles.some((r) => hasRole(n.kind, r))).map((n) => n.id));
  return {
    removed: gone.size,
    doc: {
      ...doc,
      // Children of a removed boundary lose their parent, as they would in the editor.
      nodes: doc.nodes.filter((n) => !gone.has(n.id)).map((n) => (n.parentId && gone.has(n.parentId) ? { ...n, parentId: undefined } : n)),
      edges: doc.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
    },
  };
}

const templates = loadTemplates();

/** Taking away the piece a rule is about must make that rule stop passing. */
const removals: { piece: string; roles: Role[]; rule: RuleId }[] = [
  { piece: 'cache', roles: ['cache'], rule: 'caching' },
  { piece: 'monitoring', roles: ['monitoring'], rule: 'monitoring' },
  { piece: 'dead-letter queue', roles: ['dead-letter'], rule: 'failure-modes' },
  { piece: 'model registry', roles: ['model-registry'], rule: 'ml-lifecycle' },
];

describe('reference templates', () => {
  it('there are templates to check', () => {
    expect(templates.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(templates)('$name', ({ doc }) => {
    it('passes every applicable rule', () => {
      const failing = evaluateChecklist(doc)
        .findings.filter((f) => f.status !== 'pass' && f.status !== 'n/a')
        .map((f) => `${f.ruleId} (${f.status}): ${f.message}`);
      expect(failing).toEqual([]);
    });

    // Only pieces the template has: a board without queues has no dead-letter queue to remove.
    const applicable = removals.filter((r) => withoutRole(doc, r.roles).removed > 0);
    it.each(applicable)('without its $piece, $rule stops passing', ({ roles, rule }) => {
      expect(evaluateRule(doc, rule).status).toBe('pass');
      const finding = evaluateRule(withoutRole(doc, roles).doc, rule);
      expect(finding.status).not.toBe('pass');
      expect(finding.status).not.toBe('n/a');
    });

    it('has every piece the removal checks are about (cache, monitoring, registry; a DLQ when it has queues)', () => {
      const has = (role: Role) => doc.nodes.some((n) => hasRole(n.kind, role));
      expect(has('cache')).toBe(true);
      expect(has('monitoring')).toBe(true);
      if (has('ml')) expect(has('model-registry')).toBe(true);
      if (doc.nodes.some((n) => hasRole(n.kind, 'queue') && !hasRole(n.kind, 'dead-letter'))) expect(has('dead-letter')).toBe(true);
    });
  });
});
