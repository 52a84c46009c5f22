'use client';
import { useEffect } from 'react';

/**
 * Sets `data-<name>="true"` on the page's root element while `on` holds, so a stylesheet can
 * change the whole page for a mode (the failure simulation, blind practice).
 */
export function usePageFlag(name: string, on: boolean) {
  useEffect(() => {
    if (!on) return;
    const root = document.documentElement;
    root.dataset[name] = 'true';
    return () => {
      delete root.dataset[name];
    };
  }, [name, on]);
}
