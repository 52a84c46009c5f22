// Import timing for large boards (not a test; nothing here asserts on time).
// Run: npx vitest bench --run lib/model/parse.bench.ts
import { bench, describe } from 'vitest';
import { largeBoard } from './fixtures/large-board';
import { parseBoardFileText } from './parse';
import { serializeBoardFile } from './serialize';

for (const count of [1_000, 5_000]) {
  const text = serializeBoardFile(largeBoard(count));
  describe(`${count} nodes (${(text.length / 1024 / 1024).toFixed(2)} MB)`, () => {
    bench('parseBoardFileText', () => {
      const result = parseBoardFileText(text);
      if (!result.ok || result.warnings.length > 0) throw new Error('the generated board should parse cleanly');
    });
    bench('JSON.parse alone (for comparison)', () => {
      JSON.parse(text);
    });
  });
}
