'use client';
import { Suspense, type ReactNode } from 'react';

/**
 * Renders lazily loaded `children` only once `ready` is true, and nothing (or `fallback`)
 * while their code downloads: the gate every on-demand panel of the editor uses.
 */
export function LoadWhen({ ready, fallback = null, children }: { ready: boolean; fallback?: ReactNode; children: ReactNode }) {
  if (!ready) return null;
  return <Suspense fallback={fallback}>{children}</Suspense>;
}
