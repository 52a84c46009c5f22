import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importChain, staticImportGraph } from './first-load-imports';

const root = path.resolve(__dirname, '..');

describe('the board page’s first load', () => {
  const graph = staticImportGraph(root, 'app/page.tsx');

  it('follows static imports and skips lazy ones', () => {
    expect(graph.has(path.join(root, 'components/app/board-app.tsx'))).toBe(true);
    // The parser loads on demand (lib/persistence/document-parser.ts imports it with import()).
    expect(graph.has(path.join(root, 'lib/model/parse/index.ts'))).toBe(false);
  });

  it.each(['zod', 'zod/mini', 'minisearch', 'elkjs', 'lz-string', 'lib/model/schema.ts'])('never loads %s', (name) => {
    const module = name.startsWith('lib/') ? path.join(root, name) : name;
    const reached = [...graph.keys()].filter((m) => m === module || m.startsWith(`${module}/`));
    expect(reached.map((m) => importChain(graph, m, root))).toEqual([]);
  });
});
