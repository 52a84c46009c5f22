// Tells other tabs that a board was saved, so a tab showing an older revision can reload
// it (or know it is stale) instead of finding out at its next save. BroadcastChannel does
// not deliver to the sender, and messages are checked: any same-origin script can post.
export interface BoardSavedMessage {
  boardId: string;
  revision: number;
}

export interface BoardChannel {
  post(message: BoardSavedMessage): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: (message: BoardSavedMessage) => void): () => void;
  close(): void;
}

type BroadcastChannelLike = {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
};
type BroadcastChannelConstructor = new (name: string) => BroadcastChannelLike;

export const DEFAULT_CHANNEL_NAME = 'design-drill-boards';

function isBoardSavedMessage(data: unknown): data is BoardSavedMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { boardId, revision } = data as Record<string, unknown>;
  return typeof boardId === 'string' && boardId.length > 0 && Number.isInteger(revision) && (revision as number) >= 0;
}

/** A channel, or a silent no-op where BroadcastChannel does not exist (old Safari, tests). */
export function createBoardChannel(
  name: string = DEFAULT_CHANNEL_NAME,
  Impl: BroadcastChannelConstructor | undefined = (globalThis as { BroadcastChannel?: BroadcastChannelConstructor }).BroadcastChannel,
): BoardChannel {
  let channel: BroadcastChannelLike | null = null;
  try {
    channel = Impl ? new Impl(name) : null;
  } catch {
    channel = null;
  }
  const listeners = new Set<(event: { data: unknown }) => void>();
  return {
    post(message) {
      try {
        channel?.postMessage({ boardId: message.boardId, revision: message.revision });
      } catch {
        // A closed channel: other tabs will notice at their next save (revision check).
      }
    },
    subscribe(listener) {
      const handler = (event: { data: unknown }) => {
        if (isBoardSavedMessage(event.data)) listener({ boardId: event.data.boardId, revision: event.data.revision });
      };
      listeners.add(handler);
      channel?.addEventListener('message', handler);
      return () => {
        listeners.delete(handler);
        channel?.removeEventListener('message', handler);
      };
    },
    close() {
      for (const handler of listeners) channel?.removeEventListener('message', handler);
      listeners.clear();
      channel?.close();
      channel = null;
    },
  };
}
