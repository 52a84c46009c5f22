// Scores count decisions: cost and scalability pass only on values someone chose. A node the
// fixture adds with no properties is exactly what a palette drop makes (createNode).
import { describe, expect, it } from 'vitest';
import { acceptSuggestion, createNode, updateNode } from '@/lib/commands/edits';
import { board } from '@/lib/graph/board-fixture';
import type { BoardDocument } from '@/lib/model/types';
import { evaluateRule } from './evaluate';

/** web → gateway → service → Postgres, every component as dropped from the palette. */
function freshlyDropped(): BoardDocument {
  return board()
    .add('web', 'web-app', { label: 'Web app' })
    .add('gw', 'api-gateway', { label: 'API gateway' })
    .add('svc', 'k8s-service', { label: 'Search API' })
    .add('db', 'relational-db', { label: 'Postgres' })
    .flow('web', 'gw', 'svc', 'db').doc;
}

const acceptAll = (doc: BoardDocument) => doc.nodes.reduce((d, n) => acceptSuggestion(d, n.id), doc);

describe('a board of freshly dropped components', () => {
  it('is what the palette makes: the fixture nodes carry no decision either', () => {
    const { id: _id, position: _p, label: _l, ...dropped } = createNode('k8s-service', { x: 0, y: 0 });
    const { id: _fid, position: _fp, label: _fl, ...fixture } = freshlyDropped().nodes[2];
    expect(fixture).toEqual(dropped);
  });

  it('fails cost: suggested costs count for nothing', () => {
    const finding = evaluateRule(freshlyDropped(), 'cost');
    expect(finding.status).toBe('fail');
    expect(finding.message).toBe('No component has a cost yet: accept or type one for Search API and Postgres.');
  });

  it('fails scalability\'s replicas part, naming the decision still to make', () => {
    const finding = evaluateRule(freshlyDropped(), 'scalability');
    expect(finding.status).toBe('partial'); // the gateway in front holds
    expect(finding.message).toBe('Search API has no replica count yet: accept the suggestion or type one, tag it autoscaling, or attach an autoscaler.');
    expect(finding.nodeIds).toEqual(['svc']);
  });

  it('passes both once the suggestions are accepted', () => {
    const doc = acceptAll(freshlyDropped());
    expect(evaluateRule(doc, 'cost').status).toBe('pass');
    expect(evaluateRule(doc, 'scalability').status).toBe('pass');
  });

  it('passes both on typed values, whatever the suggestion was', () => {
    let doc = freshlyDropped();
    for (const [id, cost] of [['svc', 20], ['db', 40]] as const) doc = updateNode(doc, id, { monthlyCostUsd: cost });
    doc = updateNode(doc, 'svc', { replicas: 4 });
    expect(evaluateRule(doc, 'cost')).toMatchObject({ status: 'pass', message: expect.stringContaining('$60/month') });
    expect(evaluateRule(doc, 'scalability').status).toBe('pass');
  });

  it('is partial on cost while some costs are still only suggested', () => {
    const doc = acceptSuggestion(freshlyDropped(), 'svc');
    expect(evaluateRule(doc, 'cost')).toMatchObject({
      status: 'partial',
      message: 'Estimated total $150/month. No monthly cost chosen yet for Postgres: accept the suggestion or type one.',
      nodeIds: ['db'],
    });
  });

  it('tells a chosen single replica apart from a replica count nobody chose', () => {
    const doc = board()
      .add('web', 'web-app').add('one', 'k8s-service', { label: 'One', replicas: 1 }).add('open', 'k8s-service', { label: 'Open' })
      .add('db', 'relational-db').flow('web', 'one', 'db').flow('web', 'open', 'db').doc;
    const { message } = evaluateRule(doc, 'scalability');
    expect(message).toContain('One runs a single replica with no autoscaling');
    expect(message).toContain('Open has no replica count yet');
  });
});
