// The catalogue of reference templates and practice prompts.
//
// The templates are large JSON files (~60–90 KB each). They are loaded with one dynamic
// `import()` per id, so a bundler splits each into its own chunk and none of them lands in
// the first-load bundle; the gallery only needs the small summaries below until the user
// opens a template. Everything loaded here still goes through `parseDocument` before it
// reaches the editor — templates are data like any imported file.
import { parseDocument, type ParseResult } from '@/lib/model/parse';
import type { BoardDocument, StudyGuide } from '@/lib/model/types';

export const TEMPLATE_IDS = [
  'recommendations',
  'anomaly-detection',
  'auto-classification',
  'search',
  'predictive-analytics',
] as const;

export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface TemplateSummary {
  id: TemplateId;
  title: string;
  tags: string[];
  /** One line for the gallery card. */
  summary: string;
}

export const TEMPLATE_SUMMARIES: readonly TemplateSummary[] = [
  {
    id: 'recommendations',
    title: 'Automation template recommendations',
    tags: ['recommendations', 'batch', 'real-time', 'multi-tenant', 'feature-store'],
    summary: 'Recommend automation templates to users: candidate generation, ranking, feature store, A/B tests.',
  },
  {
    id: 'anomaly-detection',
    title: 'Anomaly detection in workflow activity',
    tags: ['anomaly-detection', 'streaming', 'real-time', 'multi-tenant'],
    summary: 'Detect unusual activity patterns in user workflows from a Kafka/Flink stream with a feedback loop.',
  },
  {
    id: 'auto-classification',
    title: 'Auto-tagging and classification of items',
    tags: ['classification', 'event-driven', 'multi-tenant', 'embeddings', 'feedback-loop'],
    summary: 'Auto-tag and categorise items across boards: event-driven inference, per-tenant labels, human feedback.',
  },
  {
    id: 'search',
    title: 'Intelligent search for 100M+ items (hybrid BM25 + vector, permission-aware)',
    tags: ['search', 'nlp', 'real-time', 'multi-tenant', 'vector-search', 'cdc'],
    summary: 'Hybrid BM25 + HNSW retrieval with re-ranking, per-tenant permission filters and a CDC indexing pipeline.',
  },
  {
    id: 'predictive-analytics',
    title: 'Predict project completion dates (batch + on-demand)',
    tags: ['predictive-analytics', 'batch', 'real-time', 'multi-tenant', 'survival-analysis'],
    summary: 'Nightly batch scoring plus on-demand re-scores of a survival model, with explanations and drift checks.',
  },
];

export function isTemplateId(value: string): value is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(value);
}

// One literal import() per id: bundlers cannot split a template-string import reliably.
const templateLoaders: Record<TemplateId, () => Promise<{ default: unknown }>> = {
  recommendations: () => import('./recommendations.json'),
  'anomaly-detection': () => import('./anomaly-detection.json'),
  'auto-classification': () => import('./auto-classification.json'),
  search: () => import('./search.json'),
  'predictive-analytics': () => import('./predictive-analytics.json'),
};

/** The raw template file (the export envelope), untrusted until parsed. */
export async function loadTemplateFile(id: TemplateId): Promise<unknown> {
  const module = await templateLoaders[id]();
  return module.default;
}

/** The template parsed by the same parser as any imported file. */
export async function loadTemplate(id: TemplateId): Promise<ParseResult> {
  return parseDocument(await loadTemplateFile(id));
}

/** A practice prompt: a study guide with an id and a title (practice mode starts from one). */
export interface PracticePrompt extends StudyGuide {
  id: string;
  title: string;
  /** Set for prompts derived from a template: the reference design to compare against. */
  templateId?: TemplateId;
}

/** The further practice prompts (prompts.json), listed here so menus need no loading. */
export const PRACTICE_PROMPT_SUMMARIES: readonly { id: string; title: string }[] = [
  { id: 'multi-tenant-model-serving', title: 'Multi-tenant ML model serving platform' },
  { id: 'feature-store', title: 'Feature store (online + offline)' },
  { id: 'model-monitoring', title: 'Model monitoring and drift detection' },
  { id: 'ab-testing', title: 'A/B testing infrastructure for ML models' },
  { id: 'rate-limiter', title: 'Distributed per-tenant rate limiter' },
  { id: 'feature-flags', title: 'Feature flag service (including ML model rollouts)' },
];

/** The six further prompts from prompts.json (lazy, like the templates). */
export async function loadFurtherPrompts(): Promise<PracticePrompt[]> {
  const module = await import('./prompts.json');
  return module.default as PracticePrompt[];
}

/** The five use-case prompts, taken from the templates’ study guides. */
export async function loadUseCasePrompts(): Promise<PracticePrompt[]> {
  const prompts: PracticePrompt[] = [];
  for (const summary of TEMPLATE_SUMMARIES) {
    const result = await loadTemplate(summary.id);
    if (!result.ok || !result.document.study) continue;
    prompts.push(promptFromTemplate(summary, result.document));
  }
  return prompts;
}

/** Every practice prompt: the five use cases first, then the further six. */
export async function loadPracticePrompts(): Promise<PracticePrompt[]> {
  const [useCases, further] = await Promise.all([loadUseCasePrompts(), loadFurtherPrompts()]);
  return [...useCases, ...further];
}

function promptFromTemplate(summary: TemplateSummary, document: BoardDocument): PracticePrompt {
  const study = document.study as StudyGuide;
  return { ...study, id: `use-case-${summary.id}`, title: summary.title, templateId: summary.id };
}
