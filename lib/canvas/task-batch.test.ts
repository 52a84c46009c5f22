import { describe, expect, it } from 'vitest';
import { createTaskBatch, scheduleTask } from './task-batch';

function manualTasks() {
  const callbacks: (() => void)[] = [];
  return {
    schedule: (callback: () => void) => callbacks.push(callback),
    runTasks: () => callbacks.splice(0).forEach((callback) => callback()),
    get scheduled() {
      return callbacks.length;
    },
  };
}

describe('createTaskBatch', () => {
  it('applies many writes in one task once, with the latest value per key', () => {
    const tasks = manualTasks();
    const applied: Map<string, number>[] = [];
    const batch = createTaskBatch<string, number>((values) => applied.push(values), tasks.schedule);
    batch.set('a', 1);
    batch.set('b', 1);
    batch.set('a', 2);
    expect(tasks.scheduled).toBe(1);
    expect(applied).toHaveLength(0);
    expect(batch.pending).toBe(true);
    tasks.runTasks();
    expect(applied).toEqual([new Map([['a', 2], ['b', 1]])]);
    expect(batch.pending).toBe(false);
  });

  it('schedules again for writes after a flush', () => {
    const tasks = manualTasks();
    const applied: Map<string, number>[] = [];
    const batch = createTaskBatch<string, number>((values) => applied.push(values), tasks.schedule);
    batch.set('a', 1);
    tasks.runTasks();
    batch.set('a', 2);
    expect(tasks.scheduled).toBe(1);
    tasks.runTasks();
    expect(applied.map((m) => m.get('a'))).toEqual([1, 2]);
  });

  it('flush() applies at once and the task that was scheduled does nothing', () => {
    const tasks = manualTasks();
    const applied: Map<string, number>[] = [];
    const batch = createTaskBatch<string, number>((values) => applied.push(values), tasks.schedule);
    batch.set('a', 1);
    batch.flush();
    expect(applied).toHaveLength(1);
    batch.set('a', 5); // pending again, with its own scheduled task
    tasks.runTasks(); // runs the stale callback (no-op) and the new one
    expect(applied.map((m) => m.get('a'))).toEqual([1, 5]);
  });

  it('does not apply an empty batch', () => {
    const tasks = manualTasks();
    let calls = 0;
    const batch = createTaskBatch<string, number>(() => calls++, tasks.schedule);
    batch.flush();
    tasks.runTasks();
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
    const batch = createTaskBatch<string, number>((values) => applied.push(values));
    for (let i = 1; i <= 5; i++) batch.set('node', i);
    expect(applied).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(applied).toEqual([new Map([['node', 5]])]);
  });
});
