// Every reference template and practice prompt is study material: these tests hold each one
// to the template format (templates-spec) so a broken diagram or a half-written guide
// cannot ship. Files are read from disk and parsed exactly as an imported file would be.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getKind, isBoundaryKind, LEAF_SIZE } from '@/lib/catalog';
import { absoluteRect, indexNodes, nodeSize, type Rect } from '@/lib/model/document';
import { ladderLength, ladderProblems, visibleIdsAt } from '@/lib/model/ladder';
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

  it('builds up from v1: 4–8 follow-ups, each with its question and reason, adding every component exactly once', () => {
    const ladder = doc.study?.ladder ?? [];
    expect(ladder.length).toBeGreaterThanOrEqual(4);
    expect(ladder.length).toBeLessThanOrEqual(8);
    for (const step of ladder) {
      expect(step.when).toMatch(/^When asked /);
      expect(step.because.length).toBeGreaterThan(40);
    }
    expect(ladderProblems(doc)).toEqual([]);
    expect(ladderLength(doc)).toBe(ladder.length + 1);
    // The last step is the whole design, boundaries included.
    expect(visibleIdsAt(doc, ladder.length).size).toBe(doc.nodes.length);
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

interface AssumptionsSheet {
  world: Record<'tenants' | 'users' | 'dau' | 'mau' | 'items' | 'itemsDesignTarget' | 'itemWritesPerDay', number>;
  embedding: { model: string; tokens: number; textsPerSecondPerVcpu: number; textsPerSecondPerA10g: number };
  pricesTaken: string;
  prices: { item: string; usd: number; unit: string; source: string; date: string; patterns: string[]; monthlyPatterns?: string[] }[];
}

/** "150k", "2M", "~1B", "10,000" → a number. */
function quantity(text: string): number {
  const match = /([\d.,]+)\s*([kMB])?/.exec(text);
  if (!match) return Number.NaN;
  const scale = { k: 1e3, M: 1e6, B: 1e9 }[match[2] as 'k' | 'M' | 'B'] ?? 1;
  return Number(match[1].replace(/,/g, '')) * scale;
}

/** Every figure stated before `noun` in `text`, e.g. all "<n> DAU". */
function figuresBefore(text: string, noun: string): number[] {
  // "13 DAU per account" is a ratio, not a scale figure.
  return [...text.matchAll(new RegExp(`(\\d[\\d.,]*\\s*[kMB]?)\\s+${noun}\\b(?! per\\b)`, 'g'))].map((m) => quantity(m[1]));
}

/** The texts a template states numbers in: board notes, component notes, estimates and cost notes. */
function statedTexts(doc: BoardDocument): string[] {
  const study = doc.study;
  return [
    doc.notes,
    ...doc.nodes.map((n) => n.notes),
    ...(study?.estimates ?? []).map((e) => `${e.label} ${e.arithmetic} ${e.result}`),
    ...(study?.costNotes ?? []),
    ...(study?.nonFunctionalRequirements ?? []),
  ];
}

/** The scale a template states as its requirements: the board notes' non-functional section and the guide's list. */
function requirementsText(doc: BoardDocument): string {
  const boardSection = (doc.notes.split(/Non-functional requirements:/)[1] ?? '').split(/\n\n/)[0];
  return [boardSection, ...(doc.study?.nonFunctionalRequirements ?? [])].join('\n');
}

describe('shared assumptions sheet', () => {
  const sheet = JSON.parse(readText('assumptions.json')) as AssumptionsSheet;
  const templates = TEMPLATE_IDS.map((id) => [id, readTemplate(id)] as const);
  const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

  it('is a valid sheet: positive figures, and every price with its source and the month it was taken', () => {
    for (const [name, value] of Object.entries(sheet.world)) expect(Number.isInteger(value) && value > 0, name).toBe(true);
    expect(sheet.world.dau).toBeLessThanOrEqual(sheet.world.mau);
    expect(sheet.world.mau).toBeLessThanOrEqual(sheet.world.users);
    expect(sheet.world.items).toBeLessThan(sheet.world.itemsDesignTarget);
    expect(sheet.embedding.textsPerSecondPerVcpu).toBeGreaterThan(0);
    expect(sheet.embedding.textsPerSecondPerA10g).toBeGreaterThan(sheet.embedding.textsPerSecondPerVcpu);
    expect(sheet.pricesTaken).toMatch(MONTH);
    expect(sheet.prices.length).toBeGreaterThan(0);
    for (const price of sheet.prices) {
      expect(price.usd, price.item).toBeGreaterThan(0);
      expect(price.source.trim(), price.item).not.toBe('');
      expect(price.date, price.item).toMatch(MONTH);
      expect(price.date <= sheet.pricesTaken, price.item).toBe(true);
      expect(price.patterns.length, price.item).toBeGreaterThan(0);
      for (const pattern of price.patterns) expect(new RegExp(pattern).source, price.item).toMatch(/\(/);
    }
  });

  it.each(templates)('%s states the sheet’s tenants, users, DAU and MAU wherever it names them, and tenants and DAU in its requirements', (_id, doc) => {
    const all = statedTexts(doc).join('\n');
    const wrong: string[] = [];
    const check = (noun: string, expected: number) => {
      for (const figure of figuresBefore(all, noun)) if (figure !== expected) wrong.push(`${figure} ${noun}`);
    };
    check('tenants', sheet.world.tenants);
    check('DAU', sheet.world.dau);
    check('MAU', sheet.world.mau);
    expect(wrong).toEqual([]);
    const requirements = [doc.notes, ...(doc.study?.nonFunctionalRequirements ?? [])].join('\n');
    expect(figuresBefore(requirements, 'tenants')).toContain(sheet.world.tenants);
    expect(figuresBefore(requirements, 'DAU')).toContain(sheet.world.dau);
  });

  it.each(templates)('%s sizes against the sheet’s item count where its requirements state one', (_id, doc) => {
    const items = [...figuresBefore(requirementsText(doc), 'items'), ...figuresBefore(requirementsText(doc), 'open items')];
    for (const figure of items) expect([sheet.world.items, sheet.world.itemsDesignTarget]).toContain(figure);
  });

  it.each(templates)('%s states the sheet’s item writes per day wherever it names them', (_id, doc) => {
    const all = statedTexts(doc).join('\n');
    const writes = figuresBefore(all, '(?:item writes|item change events|change events)/day');
    for (const figure of writes) expect(figure).toBe(sheet.world.itemWritesPerDay);
  });

  it('has every reference that sizes items state the sheet’s count', () => {
    const stating = templates.filter(([, doc]) => figuresBefore(requirementsText(doc), '(?:open )?items').length > 0).map(([id]) => id);
    expect(stating).toEqual(expect.arrayContaining(['auto-classification', 'search', 'predictive-analytics']));
  });

  it.each(templates)('%s uses the sheet’s embedding throughput per vCPU and per A10G', (_id, doc) => {
    const all = statedTexts(doc).join('\n');
    const perVcpu = [...all.matchAll(/~?([\d,]+) (?:texts|items)\/s per vCPU/g)].map((m) => quantity(m[1]));
    const perPod = [...all.matchAll(/~?([\d,]+) texts\/s per (\d+)-vCPU pod/g)].map((m) => quantity(m[1]) / Number(m[2]));
    const perGpu = [...all.matchAll(/~?([\d,]+) (?:texts|items)\/s (?:per A10G|each)/g)].map((m) => quantity(m[1]));
    for (const figure of [...perVcpu, ...perPod]) expect(figure).toBe(sheet.embedding.textsPerSecondPerVcpu);
    for (const figure of perGpu) expect(figure).toBe(sheet.embedding.textsPerSecondPerA10g);
  });

  it.each(templates)('%s dates every unit price with the sheet’s month and quotes the sheet’s prices', (_id, doc) => {
    const unitPrice = /\$\s?[\d.,]+\s*(?:\/|per\s)\s*(?:h|hr|hour|GB|M|million|month|vCPU|GB-month|TB)\b/;
    const undated = statedTexts(doc).filter((text) => unitPrice.test(text) && !text.includes(sheet.pricesTaken));
    expect(undated.map((text) => text.slice(0, 80))).toEqual([]);
    expect(doc.notes).toContain(`taken ${sheet.pricesTaken}`);
    const all = statedTexts(doc).join('\n');
    for (const price of sheet.prices) {
      for (const pattern of price.patterns) {
        for (const match of all.matchAll(new RegExp(pattern, 'g'))) expect(Number(match[1]), `${price.item}: ${match[0]}`).toBe(price.usd);
      }
      // An hourly price quoted per month is the hourly price × 730 h, rounded to the dollar.
      for (const pattern of price.monthlyPatterns ?? []) {
        for (const match of all.matchAll(new RegExp(pattern, 'g'))) expect(quantity(match[1]), `${price.item}: ${match[0]}`).toBe(Math.round(price.usd * 730));
      }
    }
  });

  it('is quoted somewhere for every price it lists (no stale entries)', () => {
    const all = templates.flatMap(([, doc]) => statedTexts(doc)).join('\n');
    for (const price of sheet.prices) expect([...price.patterns, ...(price.monthlyPatterns ?? [])].some((p) => new RegExp(p).test(all)), price.item).toBe(true);
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
