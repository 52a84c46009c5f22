'use client';
// Messages the user must see: errors and warnings are announced (role="alert"), progress and
// confirmations politely (role="status"). Errors stay until dismissed; the rest fade out.
import { create } from 'zustand';

export type NoticeKind = 'error' | 'warning' | 'info';

export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
  /** Optional buttons, e.g. "Undo" or the two ways out of a conflict. */
  actions?: NoticeAction[];
}

interface NoticeState {
  notices: Notice[];
  show: (kind: NoticeKind, text: string, actions?: NoticeAction[]) => number;
  dismiss: (id: number) => void;
}

let nextId = 1;
const AUTO_DISMISS_MS: Record<NoticeKind, number | null> = { error: null, warning: 12_000, info: 5_000 };

export const useNotices = create<NoticeState>()((set, get) => ({
  notices: [],
  show: (kind, text, actions) => {
    const id = nextId++;
    set({ notices: [...get().notices.slice(-4), { id, kind, text, actions }] });
    // A notice that asks for a decision stays until the user makes it.
    const ttl = actions?.length ? null : AUTO_DISMISS_MS[kind];
    if (ttl) window.setTimeout(() => get().dismiss(id), ttl);
    return id;
  },
  dismiss: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
}));

export const notify = {
  error: (text: string) => useNotices.getState().show('error', text),
  warning: (text: string) => useNotices.getState().show('warning', text),
  info: (text: string, actions?: NoticeAction[]) => useNotices.getState().show('info', text, actions),
};

export function NoticeStack() {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  return (
    <div className="alert-stack">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.kind}`} role={n.kind === 'info' ? 'status' : 'alert'}>
          <p>{n.text}</p>
          {n.actions?.map((action) => (
            <button
              key={action.label}
              type="button"
              onClick={() => {
                dismiss(n.id);
                action.run();
              }}
            >
              {action.label}
            </button>
          ))}
          <button type="button" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
