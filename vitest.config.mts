import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['lib/**/*.test.ts', 'templates/**/*.test.ts', 'bench/**/*.test.ts', 'components/**/*.test.ts', 'e2e/**/*.test.ts'],
  },
});
