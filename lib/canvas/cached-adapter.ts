// React Flow re-renders a node or edge when its object identity changes, and re-adopts the
// whole list when the array identity changes. This adapter keeps both stable: one cached
// output object per item, rebuilt only when the item or its selection changed, and the
// previous array when nothing did. Pure, so it is tested in node.

/**
 * Converts a list of board items to flow objects, reusing last call's object for every item
 * that is the same object with the same selection; forgets items that are gone.
 */
export function createCachedAdapter<Source extends { id: string }, Flow>(convert: (source: Source, selected: boolean) => Flow) {
  const cache = new Map<string, { source: Source; selected: boolean; flow: Flow }>();
  let previous: Flow[] = [];
  return function adapt(sources: readonly Source[], selectedIds: ReadonlySet<string>): Flow[] {
    const seen = new Set<string>();
    let same = sources.length === previous.length;
    const out = sources.map((source, i) => {
      seen.add(source.id);
      const selected = selectedIds.has(source.id);
      const hit = cache.get(source.id);
      let flow: Flow;
      if (hit && hit.source === source && hit.selected === selected) flow = hit.flow;
      else {
        flow = convert(source, selected);
        cache.set(source.id, { source, selected, flow });
      }
      if (flow !== previous[i]) same = false;
      return flow;
    });
    if (cache.size > seen.size) for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
    // Nothing changed: the same array, so React Flow does not re-adopt every node (its
    // setNodes walks the whole list whenever the array identity changes).
    if (same) return previous;
    previous = out;
    return out;
  };
}

