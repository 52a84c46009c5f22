import { describe, expect, it } from 'vitest';
import {
  BOUNDARY_DEFAULT_SIZE,
  CATEGORIES,
  ICONS,
  KINDS,
  LEAF_SIZE,
  NOTE_DEFAULT_SIZE,
  defaultSizeOf,
  getKind,
  hasRole,
  isBoundaryKind,
  isResizableKind,
  searchKinds,
} from '@/lib/catalog';

/** The minimum list from DESIGN.md ("The component catalog"). */
const REQUIRED_KIND_IDS = [
  'web-app', 'mobile-app', 'cdn', 'dns', 'load-balancer', 'api-gateway', 'rate-limiter', 'waf', 'external-integration',
  'k8s-service', 'k8s-statefulset', 'autoscaler', 'ingress-controller', 'gpu-node-pool', 'serverless-function', 'batch-job', 'worker-service',
  'relational-db', 'document-db', 'key-value-store', 'cache', 'object-storage', 'data-warehouse', 'data-lake', 'search-index', 'vector-db',
  'message-queue', 'event-stream', 'stream-processor', 'dead-letter-queue', 'change-data-capture',
  'feature-store', 'model-registry', 'model-server', 'training-pipeline', 'experiment-tracking', 'workflow-orchestrator', 'data-validation',
  'embedding-service', 'batch-inference', 'ab-test-router', 'drift-monitor', 'labeling-service',
  'metrics', 'dashboards', 'log-aggregation', 'tracing', 'alerting',
  'auth', 'secrets-manager', 'audit-log', 'feature-flags',
  'vpc', 'k8s-cluster', 'namespace', 'tenant-boundary', 'region',
  'note',
];

const ids = (kinds: readonly { id: string }[]) => kinds.map((k) => k.id);

describe('catalog integrity', () => {
  it('has at least 50 kinds with unique ids', () => {
    expect(KINDS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(ids(KINDS)).size).toBe(KINDS.length);
  });

  it('uses kebab-case ids', () => {
    for (const k of KINDS) expect(k.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has unique labels, so each palette button has its own accessible name', () => {
    const labels = KINDS.map((k) => k.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('gives every kind a label, a description, a known category, an existing icon and at least one role', () => {
    const categoryIds = new Set(CATEGORIES.map((c) => c.id));
    for (const k of KINDS) {
      expect(k.label.trim(), k.id).not.toBe('');
      expect(k.description.trim(), k.id).not.toBe('');
      expect(categoryIds.has(k.category), `${k.id} category ${k.category}`).toBe(true);
      expect(Object.hasOwn(ICONS, k.icon), `${k.id} icon ${k.icon}`).toBe(true);
      expect(ICONS[k.icon].length, `${k.id} icon paths`).toBeGreaterThanOrEqual(1);
      expect(k.roles.length, `${k.id} roles`).toBeGreaterThanOrEqual(1);
      expect(new Set(k.roles).size, `${k.id} duplicate roles`).toBe(k.roles.length);
    }
  });

  it('uses every category, and category ids and labels are unique', () => {
    const used = new Set(KINDS.map((k) => k.category));
    for (const c of CATEGORIES) expect(used.has(c.id), c.id).toBe(true);
    expect(new Set(CATEGORIES.map((c) => c.id)).size).toBe(CATEGORIES.length);
    expect(new Set(CATEGORIES.map((c) => c.label)).size).toBe(CATEGORIES.length);
  });

  it('contains the minimum list from DESIGN.md', () => {
    const present = new Set(ids(KINDS));
    const missing = REQUIRED_KIND_IDS.filter((id) => !present.has(id));
    expect(missing).toEqual([]);
  });

  it('boundaries are exactly the kinds of the boundary category, all with the boundary role', () => {
    for (const k of KINDS) {
      const inCategory = k.category === 'boundaries';
      expect(isBoundaryKind(k.id), k.id).toBe(inCategory);
      expect(hasRole(k.id, 'boundary'), k.id).toBe(inCategory);
    }
    expect(KINDS.filter((k) => k.isBoundary).map((k) => k.id).sort()).toEqual(['k8s-cluster', 'namespace', 'region', 'tenant-boundary', 'vpc']);
  });

  it('has sensible defaults: positive replicas, non-negative costs, string tags', () => {
    for (const k of KINDS) {
      const d = k.defaults;
      if (d.replicas !== undefined) expect(Number.isInteger(d.replicas) && d.replicas >= 1, k.id).toBe(true);
      if (d.monthlyCostUsd !== undefined) expect(d.monthlyCostUsd, k.id).toBeGreaterThanOrEqual(0);
      for (const tag of d.tags ?? []) expect(tag, k.id).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('gives the roles the rubric reasons with to the kinds that play them', () => {
    expect(hasRole('cache', 'cache')).toBe(true);
    expect(hasRole('cdn', 'cache')).toBe(true);
    expect(hasRole('load-balancer', 'entry')).toBe(true);
    expect(hasRole('api-gateway', 'entry')).toBe(true);
    expect(hasRole('relational-db', 'datastore')).toBe(true);
    expect(hasRole('model-server', 'ml-serving')).toBe(true);
    expect(hasRole('dead-letter-queue', 'dead-letter')).toBe(true);
    expect(hasRole('metrics', 'monitoring')).toBe(true);
    expect(hasRole('alerting', 'alerting')).toBe(true);
    expect(hasRole('drift-monitor', 'drift-monitor')).toBe(true);
    expect(hasRole('web-app', 'cache')).toBe(false);
    expect(hasRole('no-such-kind', 'cache')).toBe(false);
  });
});

describe('lookups', () => {
  it('getKind finds kinds by id', () => {
    expect(getKind('feature-store')?.label).toBe('Feature store');
    expect(getKind('vpc')?.id).toBe('vpc');
    expect(getKind('nope')).toBeUndefined();
    expect(isBoundaryKind('nope')).toBe(false);
  });

  it('sizes: leaves are fixed, notes and boundaries are resizable', () => {
    expect(defaultSizeOf('cache')).toEqual(LEAF_SIZE);
    expect(defaultSizeOf('note')).toEqual(NOTE_DEFAULT_SIZE);
    expect(defaultSizeOf('vpc')).toEqual(BOUNDARY_DEFAULT_SIZE);
    expect(isResizableKind('note')).toBe(true);
    expect(isResizableKind('region')).toBe(true);
    expect(isResizableKind('cache')).toBe(false);
  });
});

describe('searchKinds', () => {
  it('returns every kind for an empty or blank query, as a copy', () => {
    expect(ids(searchKinds(''))).toEqual(ids(KINDS));
    expect(ids(searchKinds('   '))).toEqual(ids(KINDS));
    expect(searchKinds('')).not.toBe(KINDS);
  });

  it('is case-insensitive', () => {
    expect(ids(searchKinds('REDIS'))).toContain('cache');
    expect(ids(searchKinds('feature STORE'))).toContain('feature-store');
  });

  it('needs every word to match (words in any order, anywhere)', () => {
    const found = ids(searchKinds('store feature'));
    expect(found).toContain('feature-store');
    expect(found).not.toContain('object-storage');
    expect(found).not.toContain('feature-flags');
    expect(searchKinds('feature zzzz')).toEqual([]);
  });

  it('matches ids and descriptions, not only labels', () => {
    expect(ids(searchKinds('k8s-statefulset'))).toEqual(['k8s-statefulset']);
    expect(ids(searchKinds('hnsw'))).toContain('vector-db');
  });

  it('finds a whole category by its name', () => {
    const observability = KINDS.filter((k) => k.category === 'observability').map((k) => k.id);
    expect(ids(searchKinds('observability'))).toEqual(expect.arrayContaining(observability));
    const boundaries = KINDS.filter((k) => k.category === 'boundaries').map((k) => k.id);
    expect(ids(searchKinds('Boundaries'))).toEqual(expect.arrayContaining(boundaries));
  });

  it('finds nothing for nonsense', () => {
    expect(searchKinds('qwertyuiop')).toEqual([]);
  });
});

// Number of arguments each SVG path command takes (per repetition).
const ARGUMENT_COUNT: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/i;

/** Splits path data into commands with their numbers; throws on anything that is not path data. */
function parsePath(d: string): { command: string; args: number[] }[] {
  const out: { command: string; args: number[] }[] = [];
  let rest = d.trim();
  while (rest.length) {
    rest = rest.replace(/^[\s,]+/, '');
    if (!rest.length) break;
    const c = rest[0];
    if (/[MmLlHhVvCcSsQqTtAaZz]/.test(c)) {
      out.push({ command: c, args: [] });
      rest = rest.slice(1);
      continue;
    }
    const match = NUMBER.exec(rest);
    if (!match || out.length === 0) throw new Error(`not path data at "${rest.slice(0, 12)}" in "${d}"`);
    out[out.length - 1].args.push(Number(match[0]));
    rest = rest.slice(match[0].length);
  }
  return out;
}

describe('icons', () => {
  const allPaths = Object.entries(ICONS).flatMap(([name, paths]) => paths.map((d, i) => ({ where: `${name}[${i}]`, d })));

  it('every icon has at least one path', () => {
    for (const [name, paths] of Object.entries(ICONS)) expect(paths.length, name).toBeGreaterThanOrEqual(1);
  });

  it('every path string looks like SVG path data: starts with M, only path characters', () => {
    for (const { where, d } of allPaths) {
      expect(d, where).toMatch(/^M/);
      expect(d, where).toMatch(/^[MmLlHhVvCcSsQqTtAaZz0-9eE.,+\-\s]+$/);
      expect(d, where).not.toMatch(/NaN|undefined|Infinity|--|\+-|-\+/);
    }
  });

  it('every command has the right number of numeric arguments, all finite and on the 24×24 grid', () => {
    for (const { where, d } of allPaths) {
      for (const { command, args } of parsePath(d)) {
        const n = ARGUMENT_COUNT[command.toLowerCase()];
        if (n === 0) expect(args, `${where}: ${command}`).toEqual([]);
        else {
          expect(args.length > 0 && args.length % n === 0, `${where}: ${command} ${args.join(' ')}`).toBe(true);
        }
        for (const a of args) {
          expect(Number.isFinite(a), where).toBe(true);
          expect(Math.abs(a), where).toBeLessThanOrEqual(24);
        }
      }
    }
  });

  it('the path parser used above rejects broken data (so the checks can fail)', () => {
    expect(() => parsePath('M1 2 L x')).toThrow();
    expect(parsePath('M1 2h-3.5z')).toEqual([
      { command: 'M', args: [1, 2] },
      { command: 'h', args: [-3.5] },
      { command: 'z', args: [] },
    ]);
  });
});
