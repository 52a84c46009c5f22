// The rubric as data. These texts are shown in the checklist sidebar (expanded finding)
// and make the README table; keep them plain English a non-programmer can read.
import type { Rule, RuleId } from './types';

export const RULES: readonly Rule[] = [
  {
    id: 'requirements',
    title: 'Requirements',
    core: false,
    whyItMatters:
      'Interviewers grade the first five minutes: a design is only good against stated requirements. Numbers (latency, QPS, data size, availability) are what later justify a cache, a queue or a GPU.',
    passWhen: 'The board notes (or a note on the board) state functional and non-functional requirements, with at least one number and unit (e.g. p99 < 200 ms, 5k QPS, 99.9%).',
    partialWhen: 'Only some of these are there: functional requirements, non-functional requirements, numbers with units.',
    failWhen: 'None of them is written down.',
  },
  {
    id: 'api',
    title: 'API',
    core: false,
    whyItMatters:
      'Naming the calls (POST /predict, GET /search?q=) shows the interviewer the contract between clients and the system, and forces decisions on pagination, idempotency and versioning.',
    passWhen: 'Every connection leaving a client, an API gateway or another entry point is labelled with its API.',
    partialWhen: 'Some of those connections are labelled.',
    failWhen: 'None is labelled, or no client or gateway is connected yet.',
  },
  {
    id: 'data-model',
    title: 'Data model',
    core: false,
    whyItMatters:
      'Choosing a store is a trade-off (consistency, access pattern, cost). Saying what each store holds, and its keys, is how you defend the choice and spot hot partitions.',
    passWhen: 'There is at least one datastore and every datastore has notes saying what it holds.',
    partialWhen: 'Datastores are chosen but some have no notes about what they hold.',
    failWhen: 'There is no datastore on the board.',
  },
  {
    id: 'scalability',
    title: 'Scalability',
    core: false,
    whyItMatters:
      'A design must survive 10× traffic. A single entry that spreads load and services that scale out horizontally are the first things an interviewer probes.',
    passWhen: 'Traffic enters through a load balancer, API gateway or ingress, and every service on the request path has more than one replica, the autoscaling tag, or an autoscaler attached; a replica count counts once someone accepted or typed it (a suggestion does not).',
    partialWhen: 'Only one of the two holds, or only some request-path services scale.',
    failWhen: 'Neither holds.',
  },
  {
    id: 'caching',
    title: 'Caching',
    core: true,
    whyItMatters:
      'Caching is the cheapest answer to latency and load targets; interviewers expect you to say what is cached, where, and how it is invalidated. A cache nobody reads from is decoration.',
    passWhen: 'A cache or CDN sits on a read path: a component on the way from a client to a datastore or model server calls it.',
    partialWhen: 'A cache or CDN is on the board but no request path uses it.',
    failWhen: 'There is no cache or CDN.',
  },
  {
    id: 'monitoring',
    title: 'Monitoring',
    core: true,
    whyItMatters:
      'You cannot keep an SLO you do not measure. Interviewers look for metrics plus alerting on the serving path, and — for ML — drift monitoring, because models fail silently.',
    passWhen: 'Metrics and alerting exist, every compute component on the request path is observed (a monitoring component is connected to it or to a boundary holding it), and ML boards watch drift on the model server or feature store.',
    partialWhen: 'Monitoring observes some of the request path, or metrics, alerting or drift monitoring is missing.',
    failWhen: 'There is no monitoring, or it observes nothing on the request path.',
  },
  {
    id: 'failure-modes',
    title: 'Failure modes',
    core: true,
    whyItMatters:
      '“What happens when this dies?” is asked in every interview. A component on the only path with a single replica takes the product down, and so do four replicas that all sit in one availability zone when that zone goes; a queue without a dead-letter queue either blocks on a poison message or loses it, and retries alone just retry it forever.',
    passWhen: 'No single point of failure on the request path (a component every route passes through, with one replica and no HA tag), no availability zone or region whose loss breaks a request path (the failure simulation decides), and every queue or stream has a dead-letter queue connected to it or to its consumer.',
    partialWhen: 'One of the two holds, or a queue only has retries (no dead-letter queue).',
    failWhen: 'There is a single point of failure and a queue with neither a dead-letter queue nor retries, or there is no request path yet to judge.',
  },
  {
    id: 'cost',
    title: 'Cost',
    core: true,
    whyItMatters:
      'Senior candidates talk money: what the design costs per month, what dominates it, and how GPUs are kept from idling (autoscaling, spot).',
    passWhen: 'Every compute, storage and cache component has a monthly cost someone accepted or typed (a suggestion does not count; the total is shown), and GPU pools autoscale or use spot.',
    partialWhen: 'Some components are costed, or a GPU pool neither autoscales nor uses spot.',
    failWhen: 'Nothing that needs a cost estimate has one, or there is nothing to cost yet.',
  },
  {
    id: 'security',
    title: 'Security & tenancy',
    core: false,
    whyItMatters:
      'In a multi-tenant SaaS, one tenant seeing another’s data ends the company. Interviewers check that public traffic is authenticated, secrets are managed, and tenants are isolated.',
    passWhen: 'Public traffic reaches services only through an API gateway or auth, a secrets manager is connected, and tenants are isolated (a tenant boundary or components tagged per-tenant).',
    partialWhen: 'Some of these hold.',
    failWhen: 'None holds.',
  },
  {
    id: 'ml-lifecycle',
    title: 'ML lifecycle',
    core: false,
    whyItMatters:
      'An ML system is more than a model server: models must be versioned, trained on the same features they are served with (no training/serving skew), and retrained when the world drifts.',
    passWhen: 'The model registry feeds the model server, training reads from the feature store or the data lake, the feature store is connected to both training and serving, and drift monitoring or an orchestrator triggers retraining.',
    partialWhen: 'Some of these connections exist.',
    failWhen: 'None exists. (Not applicable when the board has no ML component.)',
  },
];

export const RULE_ORDER: readonly RuleId[] = RULES.map((r) => r.id);

export function getRule(id: RuleId): Rule {
  return RULES.find((r) => r.id === id)!;
}

/** The README table: rule → what makes it pass, partial, fail (generated, so it never drifts). */
export function rulesAsMarkdownTable(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '| rule | passes when | partial when | fails when |',
    '|---|---|---|---|',
    ...RULES.map((r) => `| \`${r.id}\` ${cell(r.title)}${r.core ? ' (core)' : ''} | ${cell(r.passWhen)} | ${cell(r.partialWhen)} | ${cell(r.failWhen)} |`),
  ].join('\n');
}
