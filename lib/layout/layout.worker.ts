// Runs ELK off the main thread. elkjs is loaded only here, so it never enters the board
// route's first-load bundle. The main thread enforces a deadline with worker.terminate(),
// the only way to stop ELK if it loops.
import ELK from 'elkjs/lib/elk.bundled.js';
import { warmUpGraph, type ElkGraph } from './elk-graph';
import { fromElkGraph, type ElkNode } from './elk-result';

const elk = new ELK();

self.onmessage = async (event: MessageEvent<{ graph: ElkGraph } | { warmUp: true }>) => {
  // Preparing the worker (pointer on "Auto layout"): one small layout, nothing posted back.
  if ('warmUp' in event.data) {
    await elk.layout(warmUpGraph() as unknown as Parameters<typeof elk.layout>[0]).catch(() => undefined);
    return;
  }
  try {
    const started = performance.now();
    // elkjs's types are looser than ours; the graph shape is the same.
    const laidOut = await elk.layout(event.data.graph as unknown as Parameters<typeof elk.layout>[0]);
    const elkMs = performance.now() - started;
    // Only positions and sizes go back (see elk-result.ts): a small message to read.
    (self as unknown as Worker).postMessage({ ok: true, result: fromElkGraph(laidOut as ElkNode), elkMs });
  } catch (error) {
    (self as unknown as Worker).postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
