import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from './document';
import { firstStepShowing, hiddenIdsAt, ladderLength, ladderProblems, visibleIdsAt } from './ladder';
import { parseDocument } from './parse';
import { toPlainDocument } from './serialize';
import type { BoardDocument, BoardNode, StudyGuide } from './types';

const node = (id: string, kind: string, parentId?: string): BoardNode =>
  ({ id, kind, label: id, notes: '', tags: [], position: { x: 0, y: 0 }, ...(parentId && { parentId }) }) as BoardNode;

const ladder = [
  { add: ['worker'], when: 'When asked about load', because: 'Work moves off the request path.' },
  { add: ['db'], when: 'When asked about state', because: 'It must survive restarts.' },
];

// Written as a stored file would be: the parser fills in the guide's missing lists.
const raw = {
  ...createEmptyDocument(),
  nodes: [node('vpc', 'vpc'), node('ns', 'namespace', 'vpc'), node('api', 'k8s-service', 'ns'), node('worker', 'worker-service', 'ns'), node('db', 'relational-db')],
  study: { prompt: 'Design it', v1: ['api'], ladder },
};

function board(): BoardDocument {
  const result = parseDocument(structuredClone(raw));
  if (!result.ok) throw new Error(result.reason);
  return result.document;
}
const study: StudyGuide = board().study!;

describe('the build-up from v1', () => {
  it('shows v1 with the boundaries around it, then each step’s components', () => {
    const doc = board();
    expect(ladderLength(doc)).toBe(3);
    expect([...visibleIdsAt(doc, 0)].sort()).toEqual(['api', 'ns', 'vpc']);
    expect([...visibleIdsAt(doc, 1)].sort()).toEqual(['api', 'ns', 'vpc', 'worker']);
    expect(hiddenIdsAt(doc, 1)).toEqual(['db']);
    expect(hiddenIdsAt(doc, 2)).toEqual([]);
    expect(ladderProblems(doc)).toEqual([]);
  });

  it('finds the first step that shows a set of components', () => {
    const doc = board();
    expect(firstStepShowing(doc, ['api', 'vpc'])).toBe(0);
    expect(firstStepShowing(doc, ['api', 'worker'])).toBe(1);
    expect(firstStepShowing(doc, ['worker', 'db'])).toBe(2);
    expect(firstStepShowing(doc, ['not-on-the-board'])).toBe(2);
  });

  it('names unknown, repeated, boundary and missing ids', () => {
    const doc = board();
    doc.study = { ...study, ladder: [{ add: ['worker', 'api', 'ghost', 'vpc'], when: 'When asked', because: 'x' }] };
    expect(ladderProblems(doc)).toEqual([
      'step 2 adds "api" again',
      'step 2 adds unknown id "ghost"',
      'step 2 lists boundary "vpc" (boundaries come with their components)',
      '"db" is never added',
    ]);
  });

  it('has no steps without a v1 or a ladder', () => {
    expect(ladderLength({ ...board(), study: { ...study, ladder: [] } })).toBe(0);
    expect(ladderLength({ ...board(), study: { ...study, v1: undefined } })).toBe(0);
    expect(ladderLength({ ...board(), nodes: [] })).toBe(0);
  });

  it('keeps a valid ladder through the parser and the serializer', () => {
    const result = parseDocument(structuredClone(raw));
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.document.study?.ladder).toEqual(ladder);
    expect(toPlainDocument(board()).study?.ladder).toEqual(ladder);
  });

  it('drops a step of the wrong shape with a warning, keeping the others and unknown ids as text', () => {
    const broken = structuredClone(raw) as { study: { ladder: unknown[] } };
    broken.study.ladder = [{ add: ['nope'], when: 'When asked', because: 'b' }, 'not a step', { when: 'no add' }];
    const result = parseDocument(broken);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.study?.ladder).toEqual([{ add: ['nope'], when: 'When asked', because: 'b' }]);
    expect(result.warnings.join(' ')).toMatch(/2 study guide entries repaired/);
  });
});
