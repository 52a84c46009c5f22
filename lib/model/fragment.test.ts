import { describe, expect, it } from 'vitest';
import { boardOf, node } from '@/lib/commands/test-fixtures';
import { parseFragmentText, serializeFragment, type FragmentParser } from './fragment';
import { parseDocument } from './parse';
import { LIMITS } from './schema';

const parser: FragmentParser = { parseDocument, LIMITS };
const sample = () => {
  const { nodes, edges } = boardOf(node('api', 'api-gateway', 0, 0), node('db', 'relational-db', 200, 0)).edge('api', 'db').doc;
  return { nodes, edges };
};
const envelopeText = (value: unknown) => JSON.stringify(value);

describe('serializeFragment / parseFragmentText', () => {
  it('a serialized fragment parses back to the same nodes and edges', () => {
    const fragment = sample();
    expect(parseFragmentText(serializeFragment(fragment), parser)).toEqual(fragment);
  });

  it('ignores clipboard text that is not a fragment', () => {
    const { type } = JSON.parse(serializeFragment(sample())) as { type: string };
    const texts = [
      undefined,
      '',
      'plain words someone copied',
      '{"type": ',
      envelopeText([1, 2]),
      envelopeText({ type: 'something/else', fragment: sample() }),
      envelopeText({ type }),
      envelopeText({ type, fragment: { nodes: 'api', edges: [] } }),
      envelopeText({ type, fragment: { nodes: [] } }),
    ];
    for (const text of texts) expect(parseFragmentText(text, parser), String(text)).toBeNull();
  });

  it('refuses text over the file size limit before reading it', () => {
    const padded = serializeFragment(sample()).replace('{', `{"pad":"${'x'.repeat(LIMITS.maxFileChars)}",`);
    expect(parseFragmentText(padded, parser)).toBeNull();
  });

  it('repairs the nodes and edges like any other input: an edge to a node outside the fragment is dropped', () => {
    const fragment = sample();
    fragment.edges.push({ ...fragment.edges[0], id: 'dangling', target: 'elsewhere' });
    const parsed = parseFragmentText(serializeFragment(fragment), parser);
    expect(parsed?.nodes.map((n) => n.id)).toEqual(['api', 'db']);
    expect(parsed?.edges.map((e) => e.id)).toEqual([sample().edges[0].id]);
  });

  it('is null when the document parser refuses the nodes', () => {
    const refusing: FragmentParser = { LIMITS, parseDocument: () => ({ ok: false, reason: 'no', code: 'invalid' }) };
    expect(parseFragmentText(serializeFragment(sample()), refusing)).toBeNull();
  });
});
