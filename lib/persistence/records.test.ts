import { describe, expect, it } from 'vitest';
import { sampleBoard } from '@/lib/model/fixtures/boards';
import { SCHEMA_VERSION } from '@/lib/model/types';
import { conflictFrom, loadFromRecord, readMeta } from './records';
import { MESSAGES } from './types';

describe('readMeta', () => {
  it('keeps a well-formed meta record as it is', () => {
    const meta = { id: 'b1', title: 'Recs', updatedAt: '2026-01-02T03:04:05.000Z', revision: 4, schemaVersion: SCHEMA_VERSION };
    expect(readMeta(meta)).toEqual(meta);
  });

  it('gives every field but the id its default when it is missing or of the wrong type', () => {
    expect(readMeta({ id: 'b1' })).toEqual({ id: 'b1', title: 'Untitled board', updatedAt: '', revision: 0, schemaVersion: SCHEMA_VERSION });
    expect(readMeta({ id: 'b1', title: 7, updatedAt: null, revision: 1.5, schemaVersion: '2' })).toEqual({
      id: 'b1',
      title: 'Untitled board',
      updatedAt: '',
      revision: 0,
      schemaVersion: SCHEMA_VERSION,
    });
  });

  it('keeps a newer schema version, so the board is listed but never overwritten', () => {
    expect(readMeta({ id: 'b1', schemaVersion: SCHEMA_VERSION + 1 })?.schemaVersion).toBe(SCHEMA_VERSION + 1);
  });

  it('drops fields it does not know', () => {
    expect(readMeta({ id: 'b1', extra: 'x' })).not.toHaveProperty('extra');
  });

  it.each([null, undefined, 'b1', 42, [], [{ id: 'b1' }], {}, { id: 7 }])('refuses %j', (value) => {
    expect(readMeta(value)).toBeNull();
  });
});

describe('loadFromRecord', () => {
  const record = (extra: Record<string, unknown> = {}) => ({ id: 'b_sample', revision: 3, schemaVersion: SCHEMA_VERSION, document: sampleBoard(), ...extra });

  it('reads the document through the parser, under the storage key', async () => {
    const loaded = await loadFromRecord('key', record());
    expect(loaded).toMatchObject({ ok: true, revision: 3, warnings: [] });
    expect(loaded.ok && loaded.document.id).toBe('key');
  });

  it('treats a revision that is not a whole number as 0', async () => {
    expect(await loadFromRecord('key', record({ revision: 'three' }))).toMatchObject({ ok: true, revision: 0 });
  });

  it('refuses a record written by a newer version before parsing it', async () => {
    expect(await loadFromRecord('key', record({ schemaVersion: SCHEMA_VERSION + 1 }))).toEqual({
      ok: false,
      kind: 'newer-schema',
      message: MESSAGES.newerSchema,
    });
  });

  it.each([null, 'text', []])('reports %j as not found', async (value) => {
    expect(await loadFromRecord('key', value)).toMatchObject({ ok: false, kind: 'not-found' });
  });

  it('reports a damaged document as corrupt, with the parser\'s reason', async () => {
    const loaded = await loadFromRecord('key', record({ document: { schemaVersion: SCHEMA_VERSION, nodes: 'none' } }));
    expect(loaded).toMatchObject({ ok: false, kind: 'corrupt' });
    expect(!loaded.ok && loaded.message).toContain('"nodes" field is a piece of text, not a list');
  });
});

describe('conflictFrom', () => {
  it('carries the other tab\'s board when its record can be read', async () => {
    const result = await conflictFrom(5, { id: 'b_sample', revision: 5, schemaVersion: SCHEMA_VERSION, document: sampleBoard() });
    expect(result).toMatchObject({ ok: false, kind: 'conflict', storedRevision: 5, message: MESSAGES.conflict });
    expect(!result.ok && result.kind === 'conflict' && result.stored?.title).toBe(sampleBoard().title);
  });

  it('carries no board when the record has no id', async () => {
    expect(await conflictFrom(5, { revision: 5, document: sampleBoard() })).toMatchObject({ kind: 'conflict', stored: null });
  });
});
