import { describe, expect, it } from 'vitest';
import type { BoardNode } from '@/lib/model/types';
import { failureDomainScope, spreadTagBeyond } from './failure-domains';

const node = (kind: string, label = '', tags: string[] = []): BoardNode => ({ id: label || kind, kind, label, tags, notes: '', position: { x: 0, y: 0 } });

describe('failureDomainScope', () => {
  it.each([
    ['Region / availability zone', 'zone'],
    ['AZ a', 'zone'],
    ['eu-central-1b', 'zone'],
    ['Zone 2', 'zone'],
    ['eu-central-1', 'region'],
    ['Region EU', 'region'],
    ['', 'zone'],
  ])('an AZ/region boundary labelled "%s" is a %s', (label, scope) => {
    expect(failureDomainScope(node('region', label))).toBe(scope);
  });

  it('a K8s cluster is a domain of its own; a VPC, namespace or component is none', () => {
    expect(failureDomainScope(node('k8s-cluster'))).toBe('cluster');
    for (const kind of ['vpc', 'namespace', 'model-server']) expect(failureDomainScope(node(kind))).toBeNull();
  });
});

describe('spreadTagBeyond', () => {
  it('multi-az spreads beyond a zone, multi-region beyond a region, multi-cluster beyond a cluster; nothing beyond a VPC', () => {
    const multiAz = node('model-server', 'm', ['Multi AZ']);
    expect(spreadTagBeyond(multiAz, node('region', 'AZ a'))).toBe('multi-az');
    expect(spreadTagBeyond(multiAz, node('region', 'us-east-1'))).toBeNull();
    expect(spreadTagBeyond(node('model-server', 'm', ['multi-region']), node('region', 'us-east-1'))).toBe('multi-region');
    expect(spreadTagBeyond(multiAz, node('k8s-cluster'))).toBeNull();
    expect(spreadTagBeyond(node('model-server', 'm', ['multi-cluster']), node('k8s-cluster'))).toBe('multi-cluster');
    expect(spreadTagBeyond(node('model-server', 'm', ['multi-region', 'multi-cluster']), node('vpc'))).toBeNull();
  });
});
