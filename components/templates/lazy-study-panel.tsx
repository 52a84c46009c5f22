'use client';
// The study guide drawer loads only when the open board carries a study guide (a template
// being studied, or a practice board's prompt), which keeps it out of the first-load JS.
import { lazy } from 'react';
import { useBoardStore } from '@/components/editor/board-store';
import { LoadWhen } from '@/components/ui/load-when';
import { useStudyView } from './study-mode';
// The drawer's grid column is defined here: the placeholder below needs it before the panel loads.
import './templates.css';

const StudyPanel = lazy(() => import('./study-panel').then((m) => ({ default: m.StudyPanel })));

export function LazyStudyPanel() {
  const hasStudyGuide = useBoardStore((s) => Boolean(s.history.present.study));
  const collapsed = useStudyView((s) => s.collapsed);
  // While the drawer's code loads, an empty drawer of the same width holds its place, so
  // the canvas does not jump twice.
  const placeholder = <aside className={`study-drawer${collapsed ? ' is-collapsed' : ''}`} aria-label="Study guide" aria-busy="true" />;
  return (
    <LoadWhen ready={hasStudyGuide} fallback={placeholder}>
      <StudyPanel />
    </LoadWhen>
  );
}
