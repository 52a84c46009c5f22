import { describe, expect, it } from 'vitest';
import { migrateDocument, MIGRATIONS, validateMigrations, type Migration } from './migrations';
import { parseDocument } from './parse';
import { SCHEMA_VERSION } from './types';

/** A synthetic chain 0 → 1 → 2 → 3 that records the order it ran in. */
function chain(log: string[]): Migration[] {
  return [1, 2, 3].map((to) => ({
    id: `design-drill/board/${to}`,
    fromVersion: to - 1,
    toVersion: to,
    description: `step ${to}`,
    up: (doc) => {
      log.push(`up ${to}`);
      return { ...doc, steps: [...((doc.steps as number[] | undefined) ?? []), to] };
    },
  }));
}

describe('MIGRATIONS', () => {
  it('is a gap-free chain ending at SCHEMA_VERSION', () => {
    expect(validateMigrations(MIGRATIONS)).toEqual([]);
    expect(MIGRATIONS[MIGRATIONS.length - 1].toVersion).toBe(SCHEMA_VERSION);
  });

  it('v0 (React-Flow-shaped prototype) → v1', () => {
    const result = migrateDocument(
      {
        schemaVersion: 0,
        nodes: [
          { id: 'v', type: 'vpc', position: { x: 0, y: 0 }, width: 500, height: 300, data: { label: 'Prod VPC' } },
          { id: 'a', type: 'model-server', parentNode: 'v', position: { x: 1, y: 2 }, selected: true, data: { label: 'Serve', replicas: 3, tags: ['ha'] } },
        ],
        edges: [{ id: 'e', source: 'a', target: 'v', data: { kind: 'async', label: 'events' } }],
      },
      0,
    );
    expect(result).toMatchObject({
      ok: true,
      applied: ['design-drill/board/1', 'design-drill/board/2'],
      noticeable: true,
      document: {
        schemaVersion: 2,
        nodes: [
          { id: 'v', kind: 'vpc', size: { width: 500, height: 300 }, label: 'Prod VPC' },
          { id: 'a', kind: 'model-server', parentId: 'v', label: 'Serve', replicas: 3, tags: ['ha'] },
        ],
        edges: [{ id: 'e', kind: 'async', label: 'events' }],
      },
    });
    expect(result.ok && (result.document.nodes as object[])[1]).not.toHaveProperty('selected');
  });
});

describe('v1 → v2: suggested vs chosen values', () => {
  const v1Board = {
    schemaVersion: 1,
    id: 'b',
    title: 'Drawn before suggestions',
    nodes: [
      // Exactly the catalog defaults of a K8s service, as a v1 drop stored them.
      { id: 'svc', kind: 'k8s-service', position: { x: 0, y: 0 }, label: 'Svc', replicas: 3, instance: '500m CPU / 1Gi', monthlyCostUsd: 150, tags: [], notes: '' },
      { id: 'db', kind: 'relational-db', position: { x: 300, y: 0 }, label: 'DB', monthlyCostUsd: 999, tags: ['multi-az'], notes: '' },
    ],
    edges: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };

  it('keeps every stored value, defaults included, as chosen', () => {
    const result = parseDocument(structuredClone(v1Board));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.document.nodes).toEqual(v1Board.nodes);
  });

  it('opens quietly: nothing the user sees changed, so there is no upgrade notice', () => {
    expect(migrateDocument(structuredClone(v1Board), 1)).toMatchObject({ ok: true, applied: ['design-drill/board/2'], noticeable: false });
    expect(parseDocument(structuredClone(v1Board))).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('migrateDocument (injected chain)', () => {
  it('runs every step in order from the file\'s version', () => {
    const log: string[] = [];
    const result = migrateDocument({ title: 'x' }, 1, chain(log), 3);
    expect(log).toEqual(['up 2', 'up 3']);
    expect(result).toEqual({ ok: true, applied: ['design-drill/board/2', 'design-drill/board/3'], noticeable: true, document: { title: 'x', steps: [2, 3], schemaVersion: 3 } });
  });

  it('does nothing for a current document', () => {
    const log: string[] = [];
    expect(migrateDocument({ a: 1 }, 3, chain(log), 3)).toEqual({ ok: true, applied: [], noticeable: false, document: { a: 1, schemaVersion: 3 } });
    expect(log).toEqual([]);
  });

  it('refuses a newer document without running anything', () => {
    const log: string[] = [];
    expect(migrateDocument({}, 4, chain(log), 3)).toMatchObject({ ok: false, code: 'newer-schema' });
    expect(log).toEqual([]);
  });

  it('refuses versions older than the chain', () => {
    expect(migrateDocument({}, -1, chain([]), 3)).toMatchObject({ ok: false, code: 'bad-version', reason: 'Schema version -1 is not supported (the oldest is 0).' });
  });

  it('reports a gap in the chain', () => {
    const gappy = chain([]).filter((m) => m.toVersion !== 2);
    expect(validateMigrations(gappy, 3)).toEqual(['design-drill/board/3: follows design-drill/board/1, which ends at 1']);
    expect(migrateDocument({}, 0, gappy, 3)).toMatchObject({ ok: false, code: 'bad-version', reason: 'No migration from schema version 1 to 2.' });
  });

  it('flags steps that skip a version or carry the wrong id', () => {
    const bad: Migration[] = [{ id: 'x', fromVersion: 0, toVersion: 2, description: '', up: (d) => d }];
    expect(validateMigrations(bad, 3)).toEqual([
      'x: goes from 0 to 2, not up by exactly one',
      'x: id should be design-drill/board/2',
      'the chain ends at 2, but the schema is at 3',
    ]);
  });

  it('turns a throwing step into a refusal', () => {
    const throwing = chain([]);
    throwing[1] = { ...throwing[1], up: () => { throw new Error('bad shape'); } };
    expect(migrateDocument({}, 0, throwing, 3)).toEqual({
      ok: false,
      code: 'migration-failed',
      reason: 'Upgrading the board to schema version 2 failed: bad shape',
    });
  });

  it('is what parseDocument uses for older files', () => {
    const upgradeTitles: Migration[] = [
      { id: 'design-drill/board/1', fromVersion: 0, toVersion: 1, description: '', up: (d) => ({ ...d, title: `${String(d.name)} (upgraded)` }) },
    ];
    const result = parseDocument({ schemaVersion: 0, id: 'b', name: 'Old', nodes: [] }, { migrations: upgradeTitles, schemaVersion: 1 });
    expect(result).toMatchObject({ ok: true, document: { title: 'Old (upgraded)' }, warnings: ['The board was upgraded from schema version 0 to 1.'] });
  });
});
