import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { board } from '@/lib/graph/board-fixture';
import { completeDesign, without } from './checklist-fixtures';
import { evaluateChecklist } from './evaluate';
import { RULES, RULE_ORDER, rulesAsMarkdownTable } from './rules';

const statusOf = (result: ReturnType<typeof evaluateChecklist>, id: string) => result.findings.find((f) => f.ruleId === id)!.status;

describe('evaluateChecklist', () => {
  it('returns the findings in rubric order', () => {
    expect(evaluateChecklist(board().doc).findings.map((f) => f.ruleId)).toEqual([
      'requirements', 'api', 'data-model', 'scalability', 'caching', 'monitoring', 'failure-modes', 'cost', 'security', 'ml-lifecycle',
    ]);
  });

  it('an empty board fails the core four (not n/a) and scores 0 of 9', () => {
    const result = evaluateChecklist(board().doc);
    for (const id of ['caching', 'monitoring', 'failure-modes', 'cost']) expect(statusOf(result, id)).toBe('fail');
    expect(statusOf(result, 'ml-lifecycle')).toBe('n/a');
    expect(result.score).toEqual({ passed: 0, applicable: 9 });
  });

  it('a complete design passes every rule', () => {
    const result = evaluateChecklist(completeDesign().doc);
    expect(result.findings.filter((f) => f.status !== 'pass')).toEqual([]);
    expect(result.score).toEqual({ passed: 10, applicable: 10 });
  });

  it.each([
    ['cache', 'caching'],
    ['metrics', 'monitoring'],
    ['dlq', 'failure-modes'],
    ['registry', 'ml-lifecycle'],
    ['secrets', 'security'],
  ])('removing %s makes %s stop passing', (nodeId, ruleId) => {
    const result = evaluateChecklist(without(completeDesign(), nodeId));
    expect(statusOf(result, ruleId)).not.toBe('pass');
    expect(result.score.passed).toBe(9);
  });

  it('names the single point of failure a candidate has to fix, and selects it', () => {
    const fixture = completeDesign();
    const ranker = fixture.doc.nodes.find((n) => n.id === 'ranker')!;
    ranker.replicas = 1;
    const finding = evaluateChecklist(fixture.doc).findings.find((f) => f.ruleId === 'failure-modes')!;
    expect(finding.message).toBe(
      'Ranking model server is a single point of failure: one replica and no HA tag, on the only path from API gateway to Feature store.',
    );
    expect(finding.nodeIds).toEqual(['ranker']);
  });

  it('is pure: the document is not modified', () => {
    const doc = completeDesign().doc;
    const before = JSON.stringify(doc);
    evaluateChecklist(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('RULES', () => {
  it('has one entry per rule, with every text written', () => {
    expect(RULE_ORDER).toHaveLength(10);
    for (const rule of RULES) {
      for (const text of [rule.title, rule.whyItMatters, rule.passWhen, rule.partialWhen, rule.failWhen]) expect(text.trim().length).toBeGreaterThan(2);
    }
  });
  it('marks exactly the four concerns of the brief as core', () => {
    expect(RULES.filter((r) => r.core).map((r) => r.id)).toEqual(['caching', 'monitoring', 'failure-modes', 'cost']);
  });
  it('renders the README table with one row per rule', () => {
    const lines = rulesAsMarkdownTable().split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[2]).toMatch(/^\| `requirements` Requirements \| The board notes/);
    expect(lines.filter((l) => l.includes('(core)'))).toHaveLength(4);
  });
  it('docs/checklist-rules.md (included by the README) carries the current table', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/checklist-rules.md', import.meta.url)), 'utf8');
    expect(doc).toContain(rulesAsMarkdownTable());
  });
  it('the README carries the current table too', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    expect(readme).toContain(rulesAsMarkdownTable());
  });
});
