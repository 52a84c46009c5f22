// What each practice prompt decides for itself (templates/prompt-settings.json): the example
// text in its requirement fields, and the roles and rules in scope for its checklist.
import type { ChecklistScope } from '@/lib/checklist/types';
import settings from '@/templates/prompt-settings.json';
import type { NoteSectionId } from './structured-notes';

export type PlaceholderField = Exclude<NoteSectionId, 'estimates'>;

export interface PromptSettings {
  placeholders: Record<PlaceholderField, string>;
  scope?: ChecklistScope;
}

const SETTINGS = settings as unknown as Record<string, PromptSettings>;

const GENERIC_PLACEHOLDERS: Record<PlaceholderField, string> = {
  functional: '- What users can do\n- …',
  nonFunctional: '- p99 latency, peak QPS, availability',
  constraints: '- Scale, tenants, existing stack',
};

export function promptPlaceholders(promptId: string | null): Record<PlaceholderField, string> {
  return (promptId ? SETTINGS[promptId]?.placeholders : undefined) ?? GENERIC_PLACEHOLDERS;
}

/** The checklist scope a prompt declares (undefined: every rule and role applies). */
export function promptScope(promptId: string | null): ChecklistScope | undefined {
  return promptId ? SETTINGS[promptId]?.scope : undefined;
}
