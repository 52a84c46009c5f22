/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Parallel e2e runs on one machine (several ports) each build into their own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Types are checked by `npm run typecheck` (part of `npm test`), once, for the whole tree.
  typescript: { ignoreBuildErrors: true },
};
export default nextConfig;
