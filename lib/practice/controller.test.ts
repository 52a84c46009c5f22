import { describe, expect, it } from 'vitest';
import { evaluateChecklist } from '@/lib/checklist';
import { addNode, createNode } from '@/lib/commands/edits';
import { createEmptyDocument } from '@/lib/model/document';
import type { BoardDocument } from '@/lib/model/types';
import type { SyncStorage } from '@/lib/persistence/journal';
import { parseStoredAttempts } from './attempts';
import { createPracticeController, STORAGE_FULL_WARNING, type PracticeControllerDeps } from './controller';
import { presetPlan } from './phases';
import type { PromptLike } from './practice-board';
import { currentPhase, elapsed, remainingInPhase } from './session';
import { min, T0 } from './session-fixtures';
import { parseStoredSession } from './session-storage';
import { PRACTICE_ATTEMPTS_KEY, PRACTICE_SOUND_KEY, sessionStorageKey } from './storage-keys';

const PLAN = presetPlan(35); // 5 / 10 / 15 / 5 minutes

const prompt: PromptLike = {
  id: 'use-case-search',
  title: 'Intelligent search',
  prompt: 'Design search over 100M items.',
  clarifyingQuestions: [],
  functionalRequirements: [],
  nonFunctionalRequirements: [],
  estimates: [],
  failureScenarios: [],
  costNotes: [],
  talkingPoints: { requirements: [], 'high-level': [], 'deep-dive': [], 'edge-cases': [] },
  tags: [],
};

/** localStorage in memory; `full` makes every write fail as a full quota does. */
function memoryStorage() {
  const data = new Map<string, string>();
  const storage = {
    data,
    full: false,
    getItem: (key: string) => data.get(key) ?? null,
    setItem(key: string, value: string) {
      if (storage.full) throw new DOMException('quota', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key: string) => void data.delete(key),
  };
  return storage satisfies SyncStorage;
}

/** The app around the controller: a clock, boards that open, a document that can be edited, notices. */
function createWorld() {
  let boardCount = 0;
  const world = {
    storage: memoryStorage(),
    clock: T0,
    openBoardId: 'user-board' as string | null,
    document: createEmptyDocument('My board') as BoardDocument,
    opened: [] as BoardDocument[],
    hintsHidden: [] as string[],
    notices: { info: [] as string[], warning: [] as string[] },
    /** A controller over this world; a second one over the same world is the app after a reload. */
    controller() {
      const deps: PracticeControllerDeps = {
        storage: world.storage,
        currentDocument: () => world.document,
        openBoardId: () => world.openBoardId,
        openAsNewBoard: async (doc) => {
          world.opened.push(doc);
          world.openBoardId = `practice-${++boardCount}`;
          world.document = doc;
        },
        notify: { info: (text) => world.notices.info.push(text), warning: (text) => world.notices.warning.push(text) },
        now: () => world.clock,
        hideReferenceHints: (boardId) => world.hintsHidden.push(boardId),
      };
      return createPracticeController(deps);
    },
    addNode(kind: string) {
      world.document = addNode(world.document, createNode(kind, { x: world.document.nodes.length * 200, y: 0 }, kind));
    },
  };
  return world;
}

/** The app after a reload: a new controller over the same storage, bound to the open board. */
function reload(world: ReturnType<typeof createWorld>, boardId: string) {
  const controller = world.controller();
  controller.bindToBoard(boardId);
  return controller;
}

async function started() {
  const world = createWorld();
  const practice = world.controller();
  await practice.start(prompt, PLAN);
  return { world, practice, boardId: practice.getState().boardId! };
}

describe('starting a session', () => {
  it('opens the prompt on a new board with the hints hidden, and keeps the running session for that board', async () => {
    const { world, practice, boardId } = await started();
    expect(world.opened.map((d) => d.title)).toEqual(['Practice: Intelligent search']);
    expect(boardId).toBe(world.openBoardId);
    expect(world.hintsHidden).toEqual([boardId]);
    const { session } = practice.getState();
    expect(session?.status).toBe('running');
    expect(session?.startedAt).toBe(T0);
    expect(parseStoredSession(world.storage.getItem(sessionStorageKey(boardId)))).toEqual(session);
  });

  it('tells subscribers about every change', async () => {
    const world = createWorld();
    const practice = world.controller();
    let calls = 0;
    const unsubscribe = practice.subscribe(() => calls++);
    await practice.start(prompt, PLAN);
    expect(calls).toBeGreaterThan(0);
    unsubscribe();
    const before = calls;
    practice.pause();
    expect(calls).toBe(before);
  });
});

describe('phases', () => {
  it('moves on early with the board as it was at the press', async () => {
    const { world, practice } = await started();
    world.clock = T0 + min(2);
    world.addNode('api-gateway');
    practice.nextPhase('requirements');
    const session = practice.getState().session!;
    expect(currentPhase(session, world.clock)).toBe('high-level');
    expect(session.boundaries[0]).toMatchObject({ phase: 'requirements', reason: 'manual', elapsedMs: min(2) });
    expect(session.boundaries[0].document?.nodes.map((n) => n.kind)).toEqual(['api-gateway']);
  });

  it('records a phase that ended by time on the next tick, and nothing when none has', async () => {
    const { world, practice } = await started();
    world.clock = T0 + min(4);
    practice.tick();
    expect(practice.getState().session!.boundaries).toEqual([]);
    world.clock = T0 + min(5) + 300;
    practice.tick();
    expect(practice.getState().session!.boundaries.map((b) => [b.phase, b.reason, b.at])).toEqual([['requirements', 'time', T0 + min(5)]]);
  });
});

describe('pause and resume across a reload', () => {
  it('restores a paused session as paused with its clock frozen, and resumes it where it stopped', async () => {
    const { world, practice, boardId } = await started();
    world.clock = T0 + min(3);
    practice.pause();

    world.clock = T0 + min(30);
    const reloaded = reload(world, boardId);
    const restored = reloaded.getState().session!;
    expect(reloaded.getState().boardId).toBe(boardId);
    expect(restored.status).toBe('paused');
    expect(remainingInPhase(restored, world.clock)).toBe(min(2));

    reloaded.resume();
    world.clock = T0 + min(31);
    const resumed = reloaded.getState().session!;
    expect(resumed.status).toBe('running');
    expect(elapsed(resumed, world.clock)).toBe(min(4));
    expect(parseStoredSession(world.storage.getItem(sessionStorageKey(boardId)))).toEqual(resumed);
  });
});

describe('finishing', () => {
  it('records one attempt with the final board, its checklist score and the active time, and opens the review', async () => {
    const { world, practice } = await started();
    world.clock = T0 + min(1);
    practice.pause();
    world.clock = T0 + min(11);
    practice.resume();
    world.addNode('model-server');
    world.clock = T0 + min(13);
    practice.finish();

    const { session, attempts, reviewOpen } = practice.getState();
    expect(session?.status).toBe('finished');
    expect(reviewOpen).toBe(true);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({
      promptId: 'use-case-search',
      title: 'Intelligent search',
      durationMs: min(3),
      score: evaluateChecklist(world.document).score,
      date: new Date(T0 + min(13)).toISOString(),
    });
    expect(attempts[0].document.nodes.map((n) => n.kind)).toEqual(['model-server']);
    expect(parseStoredAttempts(world.storage.getItem(PRACTICE_ATTEMPTS_KEY))).toEqual(attempts);

    // A finished session takes no more actions, so no second attempt is recorded.
    world.clock = T0 + min(20);
    practice.finish();
    expect(practice.getState().attempts).toHaveLength(1);
  });

  it('adds to the attempts another tab has stored meanwhile', async () => {
    const { world, practice } = await started();
    const otherTab = await started();
    otherTab.practice.finish();
    world.storage.setItem(PRACTICE_ATTEMPTS_KEY, otherTab.world.storage.getItem(PRACTICE_ATTEMPTS_KEY)!);
    practice.finish();
    expect(practice.getState().attempts).toHaveLength(2);
  });

  it('closing ends practice mode on the board and forgets the stored session', async () => {
    const { world, practice, boardId } = await started();
    practice.finish();
    practice.close();
    expect(practice.getState()).toMatchObject({ boardId: null, session: null, reviewOpen: false });
    expect(world.storage.getItem(sessionStorageKey(boardId))).toBeNull();
    const reloaded = reload(world, boardId);
    expect(reloaded.getState().session).toBeNull();
  });
});

describe('storage full', () => {
  it('warns once and keeps the session running in memory; a reload finds the last state that was saved', async () => {
    const { world, practice, boardId } = await started();
    world.storage.full = true;
    world.clock = T0 + min(1);
    practice.pause();
    world.clock = T0 + min(2);
    practice.resume();
    world.clock = T0 + min(3);
    practice.nextPhase('requirements');

    expect(world.notices.warning).toEqual([STORAGE_FULL_WARNING]);
    const session = practice.getState().session!;
    expect(session.status).toBe('running');
    expect(currentPhase(session, world.clock)).toBe('high-level');

    const reloaded = reload(world, boardId);
    expect(reloaded.getState().session).toMatchObject({ status: 'running', pauses: [], boundaries: [] });
  });
});

describe('switching boards', () => {
  it('shows no session on another board, ignores actions there, and picks the session up again on return', async () => {
    const { world, practice, boardId } = await started();
    world.clock = T0 + min(1);
    practice.pause();
    const paused = practice.getState().session;

    world.openBoardId = 'user-board';
    // An action that arrives before the binding has caught up with the switch does nothing.
    practice.resume();
    expect(practice.getState().session).toBe(paused);
    practice.bindToBoard('user-board');
    expect(practice.getState()).toMatchObject({ boardId: null, session: null });
    expect(world.storage.getItem(sessionStorageKey('user-board'))).toBeNull();

    world.openBoardId = boardId;
    practice.bindToBoard(boardId);
    expect(practice.getState().boardId).toBe(boardId);
    expect(practice.getState().session).toEqual(paused);
  });

  it('keeps the session in memory when bound again to the board it is on', async () => {
    const { practice, boardId } = await started();
    const session = practice.getState().session;
    practice.bindToBoard(boardId);
    expect(practice.getState().session).toBe(session);
  });
});

describe('preferences and history', () => {
  it('remembers the sound choice and reads the stored attempts', async () => {
    const { world, practice } = await started();
    practice.setSoundOn(true);
    practice.finish();
    expect(world.storage.getItem(PRACTICE_SOUND_KEY)).toBe('on');
    const reloaded = world.controller();
    expect(reloaded.getState()).toMatchObject({ soundOn: false, attempts: [] });
    reloaded.loadPreferences();
    expect(reloaded.getState().soundOn).toBe(true);
    expect(reloaded.getState().attempts).toEqual(practice.getState().attempts);
  });

  it('reopens an attempt as a new board and deletes one from the history', async () => {
    const { world, practice } = await started();
    world.addNode('cache');
    practice.finish();
    const [attempt] = practice.getState().attempts;
    await practice.reopenAttempt(attempt);
    expect(world.opened.at(-1)?.nodes.map((n) => n.kind)).toEqual(['cache']);
    expect(world.notices.info).toEqual(['Opened your attempt at “Intelligent search” as a new board.']);
    practice.deleteAttempt(attempt.id);
    expect(practice.getState().attempts).toEqual([]);
    expect(parseStoredAttempts(world.storage.getItem(PRACTICE_ATTEMPTS_KEY))).toEqual([]);
  });
});
