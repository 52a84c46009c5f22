// `npm run bench` (= `node bench/run.mjs`), or `node bench/run.mjs bench/layout-bench.ts`: Node 20
// cannot run TypeScript, so the bench entry (bench/run-bench.ts by default, and the app code it
// measures in node) is bundled with rolldown (a devDependency, also vite 8's bundler) into
// bench/.build, then run. Playwright stays external: it is loaded from node_modules.
import { build } from 'rolldown';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = path.resolve(root, process.argv[2] ?? 'bench/run-bench.ts');
// One bundle per process, so two benches running at once do not overwrite each other's.
const outFile = path.join(root, 'bench', '.build', `${path.basename(entry, '.ts')}-${process.pid}.mjs`);

await build({
  cwd: root,
  input: entry,
  platform: 'node',
  tsconfig: path.join(root, 'tsconfig.json'),
  external: [/^@playwright\//, /^playwright/, /^node:/],
  logLevel: 'warn',
  output: { file: outFile, format: 'esm' },
});
process.chdir(root);
await import(pathToFileURL(outFile).href);
