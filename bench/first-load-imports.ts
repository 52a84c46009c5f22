// The modules the board page loads before it can run: app/page.tsx and everything it imports
// statically (a dynamic import() starts a lazy chunk, and `import type` leaves no code). A
// library that should load on demand (zod with the parser, MiniSearch with practice) shows up
// here when one static import drags it in, long before a bench run measures the bytes.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)([^;]*?)\s+from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm;
const TYPES_ONLY = /^\{\s*(?:type\s+\w+(?:\s+as\s+\w+)?\s*,?\s*)+\}$/;

function resolveModule(root: string, from: string, spec: string): string {
  if (!spec.startsWith('@/') && !spec.startsWith('.')) return spec;
  const base = spec.startsWith('@/') ? path.join(root, spec.slice(2)) : path.resolve(path.dirname(from), spec);
  const candidates = ['.ts', '.tsx', '/index.ts', '/index.tsx', ''].map((ext) => base + ext);
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? base;
}

/** Every module reached from `entry` by static imports, each with the module that imported it first. */
export function staticImportGraph(root: string, entry: string): Map<string, string | null> {
  const importedBy = new Map<string, string | null>();
  const stack: [string, string | null][] = [[path.join(root, entry), null]];
  while (stack.length) {
    const [file, parent] = stack.pop()!;
    if (importedBy.has(file)) continue;
    importedBy.set(file, parent);
    if (!path.isAbsolute(file) || !existsSync(file)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const [, clause, spec, bare] = match;
      if (clause && TYPES_ONLY.test(clause.trim())) continue;
      stack.push([resolveModule(root, file, spec ?? bare), file]);
    }
  }
  return importedBy;
}

/** "zod <- lib/model/schema.ts <- … <- app/page.tsx": how a module came to be loaded. */
export function importChain(graph: Map<string, string | null>, module: string, root: string): string {
  const chain: string[] = [];
  for (let at: string | null | undefined = module; at; at = graph.get(at)) chain.push(path.relative(root, at) || at);
  return chain.join(' <- ');
}
