'use client';
// The prompt's clarifications (its questions paired with the interviewer's answers), loaded
// on first use, and the drill's exchanges kept per practice board for the review.
import { useEffect, useState } from 'react';
import { clarificationsOf, parseAskedLog, type AskedQuestion, type Clarification, type PromptClarifications } from '@/lib/practice/clarify';
import { readJson, writeJson } from '@/lib/persistence/local-storage';
import { questionsStorageKey } from '@/lib/practice/storage-keys';

export function useClarifications(promptId: string | null, questions: readonly string[] | undefined): Clarification[] | null {
  const [items, setItems] = useState<Clarification[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    void import('@/templates/clarifications.json').then((module) => {
      const data = (module.default as Record<string, PromptClarifications>)[promptId ?? ''];
      if (!cancelled) setItems(clarificationsOf(questions ?? [], data));
    });
    return () => {
      cancelled = true;
    };
  }, [promptId, questions]);
  return items;
}

export function readAskedLog(boardId: string): AskedQuestion[] {
  return parseAskedLog(readJson(questionsStorageKey(boardId)));
}

export function writeAskedLog(boardId: string, log: AskedQuestion[]): void {
  writeJson(questionsStorageKey(boardId), log);
}
