/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `next dev` blocks its dev resources for hosts other than localhost; 127.0.0.1 is the same machine.
  allowedDevOrigins: ['127.0.0.1'],
  // Parallel e2e runs on one machine (several ports) each build into their own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Types are checked by `npm run typecheck` (part of `npm test`), once, for the whole tree.
  // Next reads a config that extends tsconfig.json (it rewrites only configs that extend none),
  // so a build into another dist folder leaves the tree clean.
  typescript: { ignoreBuildErrors: true, tsconfigPath: 'tsconfig.next.json' },
};
module.exports = nextConfig;
