import { describe, expect, it } from 'vitest';
import { createFrameBatch, scheduleTask } from './frame-batch';

function manualFrames() {
  const callbacks: (() => void)[] = [];
  return {
    schedule: (callback: () => void) => callbacks.push(callback),
    runFrame: () => callbacks.splice(0).forEach((callback) => callback()),
    get scheduled() {
      return callbacks.length;
    },
  };
}

describe('createFrameBatch', () => {
  it('applies many writes in one frame once, with the latest value per key', () => {
    const frames = manualFrames();
    const applied: Map<string, number>[] = [];
    const batch = createFrameBatch<string, number>((values) => applied.push(values), frames.schedule);
    batch.set('a', 1);
    batch.set('b', 1);
    batch.set('a', 2);
    expect(frames.scheduled).toBe(1);
    expect(applied).toHaveLength(0);
    expect(batch.pending).toBe(true);
    frames.runFrame();
    expect(applied).toEqual([new Map([['a', 2], ['b', 1]])]);
    expect(batch.pending).toBe(false);
  });

  it('schedules again for writes after a flush', () => {
    const frames = manualFrames();
    const applied: Map<string, number>[] = [];
    const batch = createFrameBatch<string, number>((values) => applied.push(values), frames.schedule);
    batch.set('a', 1);
    frames.runFrame();
    batch.set('a', 2);
    expect(frames.scheduled).toBe(1);
    frames.runFrame();
    expect(applied.map((m) => m.get('a'))).toEqual([1, 2]);
  });

  it('flush() applies at once and the frame callback that was scheduled does nothing', () => {
    const frames = manualFrames();
    const applied: Map<string, number>[] = [];
    const batch = createFrameBatch<string, number>((values) => applied.push(values), frames.schedule);
    batch.set('a', 1);
    batch.flush();
    expect(applied).toHaveLength(1);
    batch.set('a', 5); // pending again, with its own scheduled frame
    frames.runFrame(); // runs the stale callback (no-op) and the new one
    expect(applied.map((m) => m.get('a'))).toEqual([1, 5]);
  });

  it('does not apply an empty batch', () => {
    const frames = manualFrames();
    let calls = 0;
    const batch = createFrameBatch<string, number>(() => calls++, frames.schedule);
    batch.flush();
    frames.runFrame();
    expect(calls).toBe(0);
  });
});

describe('scheduleTask (the default schedule)', () => {
  it('runs the callback after the current task and its microtasks, once', async () => {
    const order: string[] = [];
    scheduleTask(() => order.push('task'));
    void Promise.resolve().then(() => order.push('microtask'));
    order.push('sync');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual(['sync', 'microtask', 'task']);
  });

  it('gives a batch without its own schedule one write per burst of values', async () => {
    const applied: Map<string, number>[] = [];
    const batch = createFrameBatch<string, number>((values) => applied.push(values));
    for (let i = 1; i <= 5; i++) batch.set('node', i);
    expect(applied).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(applied).toEqual([new Map([['node', 5]])]);
  });
});
