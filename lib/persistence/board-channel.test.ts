import { describe, expect, it, vi } from 'vitest';
import { createBoardChannel, type BoardSavedMessage } from './board-channel';

/** An in-process BroadcastChannel: delivers to every other instance with the same name. */
class FakeBroadcastChannel {
  static instances = new Set<FakeBroadcastChannel>();
  private listeners = new Set<(event: { data: unknown }) => void>();
  constructor(readonly name: string) {
    FakeBroadcastChannel.instances.add(this);
  }
  postMessage(data: unknown) {
    for (const other of FakeBroadcastChannel.instances) {
      if (other !== this && other.name === this.name) other.listeners.forEach((l) => l({ data: structuredClone(data) }));
    }
  }
  addEventListener(_type: 'message', listener: (event: { data: unknown }) => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'message', listener: (event: { data: unknown }) => void) {
    this.listeners.delete(listener);
  }
  close() {
    FakeBroadcastChannel.instances.delete(this);
  }
}

describe('createBoardChannel', () => {
  it('tells other tabs, not itself, which board reached which revision', () => {
    const tabA = createBoardChannel('boards', FakeBroadcastChannel);
    const tabB = createBoardChannel('boards', FakeBroadcastChannel);
    const heardByA = vi.fn();
    const heardByB = vi.fn();
    tabA.subscribe(heardByA);
    const unsubscribe = tabB.subscribe(heardByB);
    tabA.post({ boardId: 'b1', revision: 7 });
    expect(heardByB).toHaveBeenCalledWith({ boardId: 'b1', revision: 7 });
    expect(heardByA).not.toHaveBeenCalled();
    unsubscribe();
    tabA.post({ boardId: 'b1', revision: 8 });
    expect(heardByB).toHaveBeenCalledTimes(1);
    tabA.close();
    tabB.close();
  });

  it('ignores malformed messages from other scripts on the origin', () => {
    const listener = vi.fn();
    const tab = createBoardChannel('boards', FakeBroadcastChannel);
    tab.subscribe(listener);
    const raw = new FakeBroadcastChannel('boards');
    for (const junk of [null, 'hi', { boardId: 'x' }, { boardId: '', revision: 1 }, { boardId: 'x', revision: -1 }, { boardId: 'x', revision: 1.5 }]) raw.postMessage(junk);
    raw.postMessage({ boardId: 'ok', revision: 2, extra: '<script>' });
    expect(listener.mock.calls).toEqual([[{ boardId: 'ok', revision: 2 }]]);
    raw.close();
    tab.close();
  });

  it('is a harmless no-op where BroadcastChannel does not exist or throws', () => {
    for (const impl of [undefined, class { constructor() { throw new Error('blocked'); } } as never]) {
      const channel = createBoardChannel('boards', impl);
      expect(() => {
        channel.subscribe(() => {})();
        channel.post({ boardId: 'a', revision: 1 });
        channel.close();
      }).not.toThrow();
    }
  });

  it('works with the real BroadcastChannel (Node has one)', async () => {
    const tabA = createBoardChannel('design-drill-test');
    const tabB = createBoardChannel('design-drill-test');
    const received = new Promise<BoardSavedMessage>((resolve) => tabB.subscribe(resolve));
    tabA.post({ boardId: 'real', revision: 3 });
    expect(await received).toEqual({ boardId: 'real', revision: 3 });
    tabA.close();
    tabB.close();
  });
});
