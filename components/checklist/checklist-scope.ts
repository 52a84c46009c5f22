'use client';
// The checklist scope of the open board's practice prompt, set by the practice side panel,
// so the live checklist asks only what the prompt asks (no training pipeline for a serving platform).
import { create } from 'zustand';
import type { ChecklistScope } from '@/lib/checklist';

interface ChecklistScopeState {
  scope: ChecklistScope | undefined;
  setScope: (scope: ChecklistScope | undefined) => void;
}

export const useChecklistScope = create<ChecklistScopeState>((set) => ({
  scope: undefined,
  setScope: (scope) => set({ scope }),
}));
