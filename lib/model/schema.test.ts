import { describe, expect, it } from 'vitest';
import { sampleBoard } from './fixtures/boards';
import { BoardDocumentSchema, isValidBoardDocument, LIMITS } from './schema';
import { SCHEMA_VERSION, type BoardDocument } from './types';

describe('BoardDocumentSchema', () => {
  it('round-trips a valid board unchanged', () => {
    const board = sampleBoard({
      study: {
        prompt: 'Design recommendations',
        clarifyingQuestions: ['How many tenants?'],
        functionalRequirements: ['Recommend templates'],
        nonFunctionalRequirements: ['p99 < 100 ms'],
        estimates: [{ label: 'QPS', arithmetic: '2M × 20 / 86,400', result: '≈ 460' }],
        failureScenarios: ['Model server down → popular templates'],
        costNotes: ['GPU pool on spot'],
        talkingPoints: { requirements: ['a'], 'high-level': [], 'deep-dive': [], 'edge-cases': [] },
        tags: ['ml'],
      },
    });
    expect(BoardDocumentSchema.parse(board)).toEqual(board);
    expect(isValidBoardDocument(JSON.parse(JSON.stringify(board)))).toBe(true);
  });

  const broken: [string, (doc: BoardDocument) => void][] = [
    ['a newer schemaVersion', (d) => ((d as { schemaVersion: number }).schemaVersion = SCHEMA_VERSION + 1)],
    ['empty id', (d) => (d.id = '')],
    ['label over the limit', (d) => (d.nodes[0].label = 'x'.repeat(LIMITS.maxNodeLabelChars + 1))],
    ['NaN coordinate', (d) => (d.nodes[0].position.x = NaN)],
    ['Infinity coordinate', (d) => (d.nodes[0].position.y = Infinity)],
    ['coordinate beyond the limit', (d) => (d.nodes[0].position.y = LIMITS.maxCoordinate + 1)],
    ['fractional replicas', (d) => (d.nodes[1].replicas = 1.5)],
    ['negative cost', (d) => (d.nodes[1].monthlyCostUsd = -1)],
    ['zero-width size', (d) => (d.nodes[0].size = { width: 0, height: 10 })],
    ['unknown edge kind', (d) => ((d.edges[0] as { kind: string }).kind = 'teleport')],
    ['unknown handle', (d) => ((d.edges[0] as { sourceHandle: string }).sourceHandle = 'middle')],
    ['bad timestamp', (d) => (d.updatedAt = 'soon')],
    ['too many tags', (d) => (d.nodes[1].tags = Array.from({ length: LIMITS.maxTags + 1 }, (_, i) => `t${i}`))],
  ];
  it.each(broken)('rejects %s', (_name, breakIt) => {
    const doc = sampleBoard();
    breakIt(doc);
    expect(isValidBoardDocument(doc)).toBe(false);
  });
});
