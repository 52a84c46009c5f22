// Every reference template and practice prompt is study material: these tests hold each one
// to the template format (templates-spec) so a broken diagram or a half-written guide
// cannot ship. Files are read from disk and parsed exactly as an imported file would be.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getKind, isBoundaryKind, LEAF_SIZE } from '@/lib/catalog';
import { absoluteRect, indexNodes, nodeSize, type Rect } from '@/lib/model/document';
import { parseBoardFileText } from '@/lib/model/parse';
import { EDGE_KINDS, type BoardDocument, type StudyGuide } from '@/lib/model/types';
import {
  loadFurtherPrompts,
  loadPracticePrompts,
  loadTemplate,
  loadTemplateFile,
  PRACTICE_PROMPT_SUMMARIES,
  TEMPLATE_IDS,
  TEMPLATE_SUMMARIES,
  type PracticePrompt,
} from './index';

const readText = (name: string) => readFileSync(fileURLToPath(new URL(`./${name}`, import.meta.url)), 'utf8');

function readTemplate(id: string): BoardDocument {
  return (JSON.parse(readText(`${id}.json`)) as { document: BoardDocument }).document;
}

const isLeaf = (kind: string) => !isBoundaryKind(kind) && kind !== 'note';

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** The completeness every study guide (template or prompt) must reach; returns what is missing. */
function studyGuideGaps(study: StudyGuide | undefined): string[] {
  if (!study) return ['no study guide'];
  const gaps: string[] = [];
  const nonEmpty = (list: string[]) => list.filter((s) => s.trim().length > 0).length;
  if (study.prompt.trim().length < 40) gaps.push('prompt');
  if (nonEmpty(study.clarifyingQuestions) < 3) gaps.push('clarifyingQuestions < 3');
  if (nonEmpty(study.functionalRequirements) < 1) gaps.push('functionalRequirements');
  if (nonEmpty(study.nonFunctionalRequirements) < 1) gaps.push('nonFunctionalRequirements');
  if (!study.nonFunctionalRequirements.some((s) => /\d/.test(s))) gaps.push('nonFunctionalRequirements without numbers');
  const estimates = study.estimates.filter((e) => e.label && /\d/.test(e.arithmetic) && e.result);
  if (estimates.length < 3) gaps.push('estimates < 3 (with arithmetic)');
  if (nonEmpty(study.failureScenarios) < 1) gaps.push('failureScenarios');
  if (nonEmpty(study.costNotes) < 1) gaps.push('costNotes');
  for (const phase of ['requirements', 'high-level', 'deep-dive', 'edge-cases'] as const) {
    if (nonEmpty(study.talkingPoints[phase] ?? []) < 1) gaps.push(`talkingPoints.${phase}`);
  }
  if (study.tags.length < 1) gaps.push('tags');
  return gaps;
}

// Who sits on a request's serving path (and so logs what it served), and who consumes a queue (and so writes its DLQ).
const SERVING_KINDS = new Set(['k8s-service', 'model-server', 'worker-service', 'stream-processor', 'serverless-function']);
const CONSUMER_KINDS = new Set(['worker-service', 'stream-processor', 'serverless-function', 'k8s-service']);

describe.each(TEMPLATE_IDS)('template %s', (id) => {
  const doc = readTemplate(id);
  const byId = indexNodes(doc);

  it('parses as an imported file would: ok, with no warnings', () => {
    const result = parseBoardFileText(readText(`${id}.json`));
    expect(result.ok ? result.warnings : result.reason).toEqual([]);
  });

  it('has the id, schema version and timestamps of the template format', () => {
    expect(doc.id).toBe(`tpl-${id}`);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.createdAt).toBe('2026-11-29T00:00:00.000Z');
  });

  it('uses only catalog kinds and unique node and edge ids', () => {
    expect(doc.nodes.filter((n) => !getKind(n.kind)).map((n) => n.kind)).toEqual([]);
    expect(new Set(doc.nodes.map((n) => n.id)).size).toBe(doc.nodes.length);
    expect(new Set(doc.edges.map((e) => e.id)).size).toBe(doc.edges.length);
  });

  it('has 20–40 components', () => {
    const components = doc.nodes.filter((n) => isLeaf(n.kind)).length;
    expect(components).toBeGreaterThanOrEqual(20);
    expect(components).toBeLessThanOrEqual(40);
  });

  it('connects every edge to existing nodes, with a label and a kind', () => {
    for (const edge of doc.edges) {
      expect(byId.has(edge.source), `${edge.id} source ${edge.source}`).toBe(true);
      expect(byId.has(edge.target), `${edge.id} target ${edge.target}`).toBe(true);
      expect(edge.label.trim(), `${edge.id} label`).not.toBe('');
      expect(EDGE_KINDS, `${edge.id} kind`).toContain(edge.kind);
    }
  });

  it('explains every component in its notes', () => {
    const silent = doc.nodes.filter((n) => isLeaf(n.kind) && n.notes.trim().length < 40).map((n) => n.id);
    expect(silent).toEqual([]);
  });

  it('gives leaves the fixed leaf size and boundaries an explicit size', () => {
    for (const node of doc.nodes) {
      if (isLeaf(node.kind)) {
        expect(node.size, node.id).toBeUndefined();
        expect(nodeSize(node)).toEqual(LEAF_SIZE);
      } else if (isBoundaryKind(node.kind)) {
        expect(node.size, node.id).toBeDefined();
      }
    }
  });

  it('lists parents before their children', () => {
    const seen = new Set<string>();
    for (const node of doc.nodes) {
      if (node.parentId) expect(seen.has(node.parentId), `${node.id} before ${node.parentId}`).toBe(true);
      seen.add(node.id);
    }
  });

  it('has no two leaf components overlapping', () => {
    const leaves = doc.nodes.filter((n) => isLeaf(n.kind)).map((n) => ({ id: n.id, rect: absoluteRect(n, byId) }));
    const clashes: string[] = [];
    for (let i = 0; i < leaves.length; i++) {
      for (let j = i + 1; j < leaves.length; j++) {
        if (overlaps(leaves[i].rect, leaves[j].rect)) clashes.push(`${leaves[i].id} × ${leaves[j].id}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('keeps every child fully inside its parent boundary', () => {
    const outside: string[] = [];
    for (const node of doc.nodes) {
      if (!node.parentId) continue;
      const parent = byId.get(node.parentId);
      if (!parent || !isBoundaryKind(parent.kind)) {
        outside.push(`${node.id}: parent ${node.parentId} is not a boundary`);
        continue;
      }
      if (!contains(absoluteRect(parent, byId), absoluteRect(node, byId))) outside.push(node.id);
    }
    expect(outside).toEqual([]);
  });

  it('states requirements with numbers in the board notes', () => {
    expect(doc.notes).toMatch(/Functional requirements:/);
    const nonFunctional = doc.notes.split(/Non-functional requirements:/)[1] ?? '';
    expect(nonFunctional).toMatch(/\d/);
  });

  it('carries a complete study guide', () => {
    expect(studyGuideGaps(doc.study)).toEqual([]);
  });

  it('draws every control loop it lists as an edge from → to of that kind, with a reason', () => {
    const loops = doc.study?.controlLoops ?? [];
    const missing = loops.filter((l) => !doc.edges.some((e) => e.source === l.from && e.target === l.to && e.kind === l.kind));
    expect(missing.map((l) => `${l.from} → ${l.to} (${l.kind})`)).toEqual([]);
    for (const loop of loops) expect(loop.why.trim().length, `${loop.from} → ${loop.to}`).toBeGreaterThan(20);
  });

  it('lists a retraining trigger, a prediction log from the serving path, a feedback edge and a consumer’s DLQ write', () => {
    const kindOf = (id: string) => byId.get(id)?.kind ?? '';
    const loops = doc.study?.controlLoops ?? [];
    const found = {
      retraining: loops.some((l) => kindOf(l.from) === 'drift-monitor' && kindOf(l.to) === 'workflow-orchestrator'),
      predictionLog: loops.some((l) => SERVING_KINDS.has(kindOf(l.from)) && kindOf(l.to) === 'event-stream' && /^Prediction log/.test(l.why)),
      logReachesDrift: loops.some((l) => kindOf(l.from) === 'data-lake' && kindOf(l.to) === 'drift-monitor'),
      feedback: loops.some((l) => /^Feedback/.test(l.why)),
      consumerDlq: loops.some((l) => kindOf(l.to) === 'dead-letter-queue' && CONSUMER_KINDS.has(kindOf(l.from))),
    };
    expect(Object.entries(found).filter(([, ok]) => !ok).map(([name]) => name)).toEqual([]);
  });

  it('loads lazily through the catalogue and parses with the shared parser', async () => {
    const file = (await loadTemplateFile(id)) as { document: { id: string } };
    expect(file.document.id).toBe(`tpl-${id}`);
    const result = await loadTemplate(id);
    expect(result.ok && result.document.nodes.length).toBe(doc.nodes.length);
  });
});

describe('template catalogue', () => {
  it('summarises every template exactly once, with a title, tags and a one-line summary', () => {
    expect(TEMPLATE_SUMMARIES.map((s) => s.id)).toEqual([...TEMPLATE_IDS]);
    for (const summary of TEMPLATE_SUMMARIES) {
      expect(summary.title.length).toBeGreaterThan(5);
      expect(summary.tags.length).toBeGreaterThan(0);
      expect(summary.summary.length).toBeGreaterThan(20);
      expect(summary.summary).not.toMatch(/\n/);
    }
  });
});

describe('practice prompts', () => {
  const prompts = JSON.parse(readText('prompts.json')) as PracticePrompt[];

  it('has at least six further prompts with unique ids, matching the listed summaries', () => {
    expect(prompts.length).toBeGreaterThanOrEqual(6);
    expect(new Set(prompts.map((p) => p.id)).size).toBe(prompts.length);
    expect(prompts.map((p) => ({ id: p.id, title: p.title }))).toEqual([...PRACTICE_PROMPT_SUMMARIES]);
  });

  it('covers the seed’s further topics', () => {
    const ids = prompts.map((p) => p.id);
    for (const topic of ['model-serving', 'feature-store', 'monitoring', 'ab-testing', 'rate-limiter', 'feature-flags']) {
      expect(ids.some((id) => id.includes(topic)), topic).toBe(true);
    }
  });

  it.each(prompts.map((p) => [p.id, p] as const))('%s is a complete study guide', (_id, prompt) => {
    expect(studyGuideGaps(prompt)).toEqual([]);
  });

  it('loads the further prompts lazily, and all eleven prompts with the use cases first', async () => {
    expect((await loadFurtherPrompts()).map((p) => p.id)).toEqual(prompts.map((p) => p.id));
    const all = await loadPracticePrompts();
    expect(all.length).toBe(TEMPLATE_IDS.length + prompts.length);
    expect(all.slice(0, TEMPLATE_IDS.length).map((p) => p.templateId)).toEqual([...TEMPLATE_IDS]);
    for (const prompt of all) expect(studyGuideGaps(prompt)).toEqual([]);
  });
});
