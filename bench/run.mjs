// `npm run bench`: Node 20 cannot run TypeScript, so the bench (bench/run-bench.ts and the app
// code it measures in node) is bundled with rolldown — already installed as vite 8's bundler —
// into bench/.build, then run. Playwright stays external: it is loaded from node_modules.
import { build } from 'rolldown';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
// One bundle per process, so two benches running at once do not overwrite each other's.
const outFile = path.join(root, 'bench', '.build', `run-bench-${process.pid}.mjs`);

await build({
  cwd: root,
  input: path.join(root, 'bench', 'run-bench.ts'),
  platform: 'node',
  tsconfig: path.join(root, 'tsconfig.json'),
  external: [/^@playwright\//, /^playwright/, /^node:/],
  logLevel: 'warn',
  output: { file: outFile, format: 'esm' },
});
process.chdir(root);
await import(pathToFileURL(outFile).href);
