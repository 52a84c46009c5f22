import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ElkGraph } from './elk-graph';
import { fromElkGraph } from './elk-result';

// A stand-in for the layout worker: it answers only when the test says so, like an ELK
// run that takes as long as the test wants (or loops forever).
class FakeWorker {
  static created: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  posted: unknown[] = [];
  constructor() {
    FakeWorker.created.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

const graph: ElkGraph = { id: '__root__', children: [{ id: 'a', width: 10, height: 10 }], edges: [] };
const laidOut = { id: '__root__', children: [{ id: 'a', x: 5, y: 7, width: 10, height: 10 }] };

async function freshModule() {
  vi.resetModules();
  return import('./run-layout');
}

beforeEach(() => {
  FakeWorker.created = [];
  vi.useFakeTimers();
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('window', globalThis);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('runLayout', () => {
  it('returns the positions ELK computed and keeps the worker warm for the next run', async () => {
    const { runLayout } = await freshModule();
    const first = runLayout(graph);
    FakeWorker.created[0].answer({ ok: true, result: fromElkGraph(laidOut), elkMs: 42 });
    const outcome = await first.promise;
    expect(outcome.ok && outcome.result.positions.get('a')).toEqual({ x: 5, y: 7 });
    // ELK's own time, as the worker measured it, comes back with the result.
    expect(outcome.ok && outcome.elkMs).toBe(42);
    expect(FakeWorker.created[0].terminated).toBe(false);

    const second = runLayout(graph);
    expect(FakeWorker.created).toHaveLength(1);
    FakeWorker.created[0].answer({ ok: true, result: fromElkGraph(laidOut) });
    expect((await second.promise).ok).toBe(true);
  });

  it('prepares a worker once, with a warm-up request, and the next layout uses that worker', async () => {
    const { prepareLayoutWorker, runLayout } = await freshModule();
    prepareLayoutWorker();
    prepareLayoutWorker();
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0].posted).toEqual([{ warmUp: true }]);

    const run = runLayout(graph);
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0].posted[1]).toEqual({ graph });
    FakeWorker.created[0].answer({ ok: true, result: fromElkGraph(laidOut), elkMs: 1 });
    expect((await run.promise).ok).toBe(true);
  });

  it('stops a layout that passes its deadline by terminating the worker, and starts a new one next time', async () => {
    const { runLayout } = await freshModule();
    const run = runLayout(graph, 10_000);
    vi.advanceTimersByTime(9_999);
    let settled = false;
    void run.promise.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    vi.advanceTimersByTime(1);
    const outcome = await run.promise;
    expect(outcome).toMatchObject({ ok: false, reason: 'timeout' });
    expect(!outcome.ok && outcome.message).toMatch(/longer than 10 s.*unchanged/);
    expect(FakeWorker.created[0].terminated).toBe(true);
    // A late answer from the stopped run changes nothing.
    FakeWorker.created[0].answer({ ok: true, result: fromElkGraph(laidOut) });

    runLayout(graph);
    expect(FakeWorker.created).toHaveLength(2);
  });

  it('cancel terminates the worker at once', async () => {
    const { runLayout } = await freshModule();
    const run = runLayout(graph);
    run.cancel();
    expect(await run.promise).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(FakeWorker.created[0].terminated).toBe(true);
  });

  it('reports an ELK error without touching the board', async () => {
    const { runLayout } = await freshModule();
    const run = runLayout(graph);
    FakeWorker.created[0].answer({ ok: false, message: 'bad graph' });
    const outcome = await run.promise;
    expect(outcome).toMatchObject({ ok: false, reason: 'error' });
    expect(!outcome.ok && outcome.message).toContain('bad graph');
  });
});
