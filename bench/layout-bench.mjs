// `node bench/layout-bench.mjs`: bundles bench/layout-bench.ts with rolldown (Node 20 cannot
// run TypeScript), as bench/run.mjs does for the full bench, then runs it.
import { build } from 'rolldown';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const outFile = path.join(root, 'bench', '.build', `layout-bench-${process.pid}.mjs`);

await build({
  cwd: root,
  input: path.join(root, 'bench', 'layout-bench.ts'),
  platform: 'node',
  tsconfig: path.join(root, 'tsconfig.json'),
  logLevel: 'warn',
  output: { file: outFile, format: 'esm' },
});
process.chdir(root);
await import(pathToFileURL(outFile).href);
