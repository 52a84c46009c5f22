import { describe, expect, it } from 'vitest';
import { KINDS } from '@/lib/catalog';
import { hasSuggestion, pendingSuggestion, suggestionFacts } from './suggestions';
import type { BoardNode } from './types';

const fresh = (kind: string, props: Partial<BoardNode> = {}): BoardNode => ({ id: 'n', kind, position: { x: 0, y: 0 }, label: kind, tags: [], notes: '', ...props });

describe('pendingSuggestion', () => {
  it('offers every usual value of the kind on a fresh node', () => {
    for (const kind of KINDS) {
      const { tags, ...values } = kind.defaults;
      expect(pendingSuggestion(fresh(kind.id))).toEqual({ ...values, ...(tags?.length ? { tags } : {}) });
    }
  });

  it('offers nothing for a field that holds a chosen value, even a different one', () => {
    const node = fresh('cache', { replicas: 1, monthlyCostUsd: 0, tags: ['spot'] });
    expect(pendingSuggestion(node)).toEqual({ instance: 'cache.r6g.large' });
    expect(pendingSuggestion(fresh('cache', { replicas: 1, monthlyCostUsd: 0, instance: 'mine', tags: ['spot'] }))).toEqual({});
  });

  it('offers nothing for kinds without usual values or unknown kinds', () => {
    expect(hasSuggestion(pendingSuggestion(fresh('web-app')))).toBe(false);
    expect(hasSuggestion(pendingSuggestion(fresh('flux-capacitor')))).toBe(false);
    expect(hasSuggestion(pendingSuggestion(fresh('k8s-service')))).toBe(true);
  });

  it('hands out copies of the catalog\'s tags', () => {
    pendingSuggestion(fresh('load-balancer')).tags!.push('mutated');
    expect(pendingSuggestion(fresh('load-balancer')).tags).toEqual(['multi-az', 'ha']);
  });
});

describe('suggestionFacts', () => {
  it('reads as a node card would show it', () => {
    expect(suggestionFacts(pendingSuggestion(fresh('cache')))).toEqual(['×2', 'cache.r6g.large', '$300/mo', 'multi-az']);
    expect(suggestionFacts({})).toEqual([]);
  });
});
