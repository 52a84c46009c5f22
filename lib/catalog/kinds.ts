// The component catalog as data. The checklist reasons with `roles`, never with labels,
// so a user can rename "Redis" to "hot cache" and the review still understands it.
import type { IconId } from './icons';

export type CategoryId =
  | 'clients-edge'
  | 'compute'
  | 'data'
  | 'messaging'
  | 'ml'
  | 'observability'
  | 'security'
  | 'boundaries'
  | 'annotations';

/**
 * `color` is the category's accent: the CSS variables --c-<id> in app/globals.css hold the
 * same values (a unit test keeps them in step) and node icons are drawn in it.
 */
export const CATEGORIES: readonly { id: CategoryId; label: string; color: string }[] = [
  { id: 'clients-edge', label: 'Clients & edge', color: '#1c7ed6' },
  { id: 'compute', label: 'Compute & Kubernetes', color: '#7048e8' },
  { id: 'data', label: 'Data', color: '#e67700' },
  { id: 'messaging', label: 'Messaging & streaming', color: '#0c8599' },
  { id: 'ml', label: 'ML platform', color: '#d6336c' },
  { id: 'observability', label: 'Observability', color: '#2f9e44' },
  { id: 'security', label: 'Security & governance', color: '#c92a2a' },
  { id: 'boundaries', label: 'Boundaries', color: '#868e96' },
  { id: 'annotations', label: 'Annotations', color: '#f59f00' },
];

export type Role =
  | 'client' // where user traffic starts
  | 'entry' // first hop of our system for outside traffic (LB, gateway, ingress, CDN)
  | 'cdn'
  | 'load-balancer'
  | 'gateway'
  | 'rate-limiter'
  | 'waf'
  | 'external'
  | 'compute' // runs request or background code
  | 'autoscaler'
  | 'gpu'
  | 'batch'
  | 'cache'
  | 'datastore'
  | 'object-storage'
  | 'search-index'
  | 'queue'
  | 'stream'
  | 'stream-processor'
  | 'dead-letter'
  | 'cdc'
  | 'ml' // any ML component: its presence makes ml-lifecycle applicable
  | 'feature-store'
  | 'model-registry'
  | 'ml-serving'
  | 'ml-training'
  | 'experiment-tracking'
  | 'orchestrator'
  | 'data-validation'
  | 'embedding'
  | 'ab-router'
  | 'drift-monitor'
  | 'labeling'
  | 'monitoring' // observes what it is connected to
  | 'metrics'
  | 'dashboard'
  | 'logging'
  | 'tracing'
  | 'alerting'
  | 'auth'
  | 'secrets'
  | 'audit'
  | 'feature-flags'
  | 'boundary'
  | 'network-boundary'
  | 'tenant-isolation'
  | 'availability-zone'
  | 'note';

export interface KindDefaults {
  replicas?: number;
  instance?: string;
  monthlyCostUsd?: number;
  tags?: string[];
}

export interface ComponentKind {
  id: string;
  label: string;
  category: CategoryId;
  icon: IconId;
  roles: readonly Role[];
  /** One line shown in the palette tooltip. */
  description: string;
  defaults: KindDefaults;
  /** Boundaries are resizable containers that hold other nodes. */
  isBoundary?: boolean;
}

const kind = (k: ComponentKind) => k;

export const KINDS: readonly ComponentKind[] = [
  // Clients & edge
  kind({ id: 'web-app', label: 'Web app', category: 'clients-edge', icon: 'browser', roles: ['client'], description: 'Browser client (SPA) used by tenants’ users', defaults: {} }),
  kind({ id: 'mobile-app', label: 'Mobile app', category: 'clients-edge', icon: 'phone', roles: ['client'], description: 'iOS / Android client', defaults: {} }),
  kind({ id: 'cdn', label: 'CDN', category: 'clients-edge', icon: 'globe', roles: ['entry', 'cdn', 'cache'], description: 'Edge cache for static assets and cacheable API responses', defaults: { monthlyCostUsd: 300 } }),
  kind({ id: 'dns', label: 'DNS', category: 'clients-edge', icon: 'dns', roles: ['entry'], description: 'Route 53 style DNS with health-checked failover', defaults: { monthlyCostUsd: 20, tags: ['ha'] } }),
  kind({ id: 'load-balancer', label: 'Load balancer', category: 'clients-edge', icon: 'balance', roles: ['entry', 'load-balancer'], description: 'L7 load balancer (ALB) spreading traffic across replicas', defaults: { monthlyCostUsd: 60, tags: ['multi-az', 'ha'] } }),
  kind({ id: 'api-gateway', label: 'API gateway', category: 'clients-edge', icon: 'gateway', roles: ['entry', 'gateway'], description: 'Auth, routing, quotas and request validation at the edge', defaults: { replicas: 2, monthlyCostUsd: 250, tags: ['multi-az'] } }),
  kind({ id: 'rate-limiter', label: 'Rate limiter', category: 'clients-edge', icon: 'limiter', roles: ['rate-limiter', 'compute'], description: 'Per-tenant token bucket protecting shared services', defaults: { replicas: 2, monthlyCostUsd: 80 } }),
  kind({ id: 'waf', label: 'WAF', category: 'clients-edge', icon: 'shield', roles: ['waf', 'entry'], description: 'Web application firewall: OWASP rules, bot and abuse filtering', defaults: { monthlyCostUsd: 50 } }),
  kind({ id: 'external-integration', label: 'External integration', category: 'clients-edge', icon: 'plug', roles: ['external'], description: 'Third-party API or webhook (Slack, Jira, GitHub …)', defaults: {} }),

  // Compute & Kubernetes
  kind({ id: 'k8s-service', label: 'K8s service', category: 'compute', icon: 'hexagon', roles: ['compute'], description: 'Stateless Deployment + Service (ClusterIP)', defaults: { replicas: 3, instance: '500m CPU / 1Gi', monthlyCostUsd: 150 } }),
  kind({ id: 'k8s-statefulset', label: 'K8s StatefulSet', category: 'compute', icon: 'hexStack', roles: ['compute'], description: 'Pods with stable identity and persistent volumes', defaults: { replicas: 3, monthlyCostUsd: 300 } }),
  kind({ id: 'autoscaler', label: 'Autoscaler (HPA)', category: 'compute', icon: 'scale', roles: ['autoscaler'], description: 'Horizontal Pod Autoscaler on CPU or custom metrics (queue depth, QPS)', defaults: {} }),
  kind({ id: 'ingress-controller', label: 'Ingress controller', category: 'compute', icon: 'ingress', roles: ['entry', 'load-balancer'], description: 'NGINX / Envoy ingress routing into the cluster', defaults: { replicas: 2, monthlyCostUsd: 80 } }),
  kind({ id: 'gpu-node-pool', label: 'GPU node pool', category: 'compute', icon: 'gpu', roles: ['compute', 'gpu'], description: 'GPU nodes (e.g. g5.xlarge) with taints for inference or training pods', defaults: { replicas: 2, instance: 'g5.xlarge', monthlyCostUsd: 1450 } }),
  kind({ id: 'serverless-function', label: 'Serverless function', category: 'compute', icon: 'lambda', roles: ['compute'], description: 'Lambda for spiky, short event handlers', defaults: { monthlyCostUsd: 40, tags: ['autoscaling'] } }),
  kind({ id: 'batch-job', label: 'Batch job / CronJob', category: 'compute', icon: 'clock', roles: ['compute', 'batch'], description: 'Scheduled Kubernetes Job for periodic work', defaults: { monthlyCostUsd: 120 } }),
  kind({ id: 'worker-service', label: 'Worker service', category: 'compute', icon: 'workers', roles: ['compute'], description: 'Consumers that process queued work asynchronously', defaults: { replicas: 3, monthlyCostUsd: 200 } }),

  // Data
  kind({ id: 'relational-db', label: 'Relational DB (PostgreSQL)', category: 'data', icon: 'database', roles: ['datastore'], description: 'Transactional data with constraints; primary + replicas', defaults: { instance: 'db.r6g.large', monthlyCostUsd: 450, tags: ['multi-az'] } }),
  kind({ id: 'document-db', label: 'Document DB (MongoDB)', category: 'data', icon: 'document', roles: ['datastore'], description: 'Flexible documents, e.g. boards and items', defaults: { replicas: 3, monthlyCostUsd: 600, tags: ['multi-az'] } }),
  kind({ id: 'key-value-store', label: 'Key-value store (DynamoDB)', category: 'data', icon: 'key', roles: ['datastore'], description: 'Single-digit-ms lookups by key at any scale', defaults: { monthlyCostUsd: 250, tags: ['multi-az'] } }),
  kind({ id: 'cache', label: 'Cache (Redis)', category: 'data', icon: 'bolt', roles: ['cache'], description: 'In-memory cache with TTLs in front of slow reads', defaults: { replicas: 2, instance: 'cache.r6g.large', monthlyCostUsd: 300, tags: ['multi-az'] } }),
  kind({ id: 'object-storage', label: 'Object storage (S3)', category: 'data', icon: 'bucket', roles: ['datastore', 'object-storage'], description: 'Durable blobs: model artefacts, raw events, exports', defaults: { monthlyCostUsd: 100, tags: ['multi-az'] } }),
  kind({ id: 'data-warehouse', label: 'Data warehouse', category: 'data', icon: 'warehouse', roles: ['datastore'], description: 'Columnar analytics (Snowflake / Redshift / BigQuery)', defaults: { monthlyCostUsd: 2000 } }),
  kind({ id: 'data-lake', label: 'Data lake', category: 'data', icon: 'lake', roles: ['datastore', 'object-storage'], description: 'Raw and curated data in open formats (Parquet / Iceberg) on S3', defaults: { monthlyCostUsd: 400 } }),
  kind({ id: 'search-index', label: 'Search index', category: 'data', icon: 'search', roles: ['datastore', 'search-index'], description: 'Elasticsearch / OpenSearch inverted index (BM25)', defaults: { replicas: 3, monthlyCostUsd: 1500, tags: ['multi-az'] } }),
  kind({ id: 'vector-db', label: 'Vector DB', category: 'data', icon: 'vector', roles: ['datastore', 'search-index', 'ml'], description: 'ANN index (HNSW / IVF-PQ) for embeddings', defaults: { replicas: 2, monthlyCostUsd: 1200 } }),

  // Messaging & streaming
  kind({ id: 'message-queue', label: 'Message queue', category: 'messaging', icon: 'queue', roles: ['queue'], description: 'SQS / RabbitMQ: work queue with acknowledgements', defaults: { monthlyCostUsd: 40, tags: ['multi-az'] } }),
  kind({ id: 'event-stream', label: 'Event stream (Kafka)', category: 'messaging', icon: 'stream', roles: ['queue', 'stream'], description: 'Partitioned, replayable log of events', defaults: { replicas: 3, monthlyCostUsd: 900, tags: ['multi-az'] } }),
  kind({ id: 'stream-processor', label: 'Stream processor', category: 'messaging', icon: 'processor', roles: ['compute', 'stream-processor'], description: 'Flink / Kafka Streams: windowed aggregation in real time', defaults: { replicas: 3, monthlyCostUsd: 700 } }),
  kind({ id: 'dead-letter-queue', label: 'Dead-letter queue', category: 'messaging', icon: 'deadLetter', roles: ['queue', 'dead-letter'], description: 'Where poison messages go after N retries, for inspection and replay', defaults: { monthlyCostUsd: 5 } }),
  kind({ id: 'change-data-capture', label: 'Change data capture', category: 'messaging', icon: 'cdc', roles: ['compute', 'cdc'], description: 'Debezium: database changes as an event stream', defaults: { replicas: 1, monthlyCostUsd: 150 } }),

  // ML platform
  kind({ id: 'feature-store', label: 'Feature store', category: 'ml', icon: 'layers', roles: ['ml', 'feature-store', 'datastore'], description: 'Feast-style online (Redis) + offline (lake) features, shared by training and serving', defaults: { monthlyCostUsd: 800, tags: ['multi-az'] } }),
  kind({ id: 'model-registry', label: 'Model registry', category: 'ml', icon: 'box', roles: ['ml', 'model-registry'], description: 'MLflow registry: versioned models, stages, lineage', defaults: { monthlyCostUsd: 100 } }),
  kind({ id: 'model-server', label: 'Model server', category: 'ml', icon: 'server', roles: ['ml', 'ml-serving', 'compute'], description: 'KServe / Seldon / Triton serving real-time predictions', defaults: { replicas: 3, monthlyCostUsd: 900 } }),
  kind({ id: 'training-pipeline', label: 'Training pipeline', category: 'ml', icon: 'pipeline', roles: ['ml', 'ml-training', 'compute', 'batch'], description: 'Data prep → train → evaluate → register', defaults: { monthlyCostUsd: 1200, tags: ['spot'] } }),
  kind({ id: 'experiment-tracking', label: 'Experiment tracking', category: 'ml', icon: 'flask', roles: ['ml', 'experiment-tracking'], description: 'MLflow / W&B runs, params and metrics', defaults: { monthlyCostUsd: 150 } }),
  kind({ id: 'workflow-orchestrator', label: 'Workflow orchestrator', category: 'ml', icon: 'dag', roles: ['ml', 'orchestrator'], description: 'Airflow / Kubeflow Pipelines scheduling DAGs', defaults: { monthlyCostUsd: 400 } }),
  kind({ id: 'data-validation', label: 'Data validation', category: 'ml', icon: 'checkData', roles: ['ml', 'data-validation'], description: 'Great Expectations checks on schema and distributions', defaults: { monthlyCostUsd: 50 } }),
  kind({ id: 'embedding-service', label: 'Embedding service', category: 'ml', icon: 'embedding', roles: ['ml', 'embedding', 'ml-serving', 'compute'], description: 'Turns text into vectors for search and similarity', defaults: { replicas: 2, monthlyCostUsd: 1100 } }),
  kind({ id: 'batch-inference', label: 'Batch inference', category: 'ml', icon: 'batch', roles: ['ml', 'ml-serving', 'batch', 'compute'], description: 'Scores many entities on a schedule; results precomputed', defaults: { monthlyCostUsd: 500, tags: ['spot'] } }),
  kind({ id: 'ab-test-router', label: 'A/B test router', category: 'ml', icon: 'split', roles: ['ml', 'ab-router', 'compute'], description: 'Splits traffic between model versions (canary, shadow)', defaults: { replicas: 2, monthlyCostUsd: 100 } }),
  kind({ id: 'drift-monitor', label: 'Drift monitor', category: 'ml', icon: 'drift', roles: ['ml', 'drift-monitor', 'monitoring'], description: 'Compares live feature and prediction distributions with training (PSI, KS)', defaults: { monthlyCostUsd: 150 } }),
  kind({ id: 'labeling-service', label: 'Labeling service', category: 'ml', icon: 'tag', roles: ['ml', 'labeling'], description: 'Human or weak labels, and user feedback as labels', defaults: { monthlyCostUsd: 300 } }),

  // Observability
  kind({ id: 'metrics', label: 'Metrics (Prometheus)', category: 'observability', icon: 'chart', roles: ['monitoring', 'metrics'], description: 'Scrapes RED/USE and model metrics', defaults: { monthlyCostUsd: 200 } }),
  kind({ id: 'dashboards', label: 'Dashboards (Grafana)', category: 'observability', icon: 'dashboard', roles: ['monitoring', 'dashboard'], description: 'SLO and business dashboards', defaults: { monthlyCostUsd: 50 } }),
  kind({ id: 'log-aggregation', label: 'Log aggregation', category: 'observability', icon: 'logs', roles: ['monitoring', 'logging'], description: 'Structured logs (ELK / Loki / CloudWatch)', defaults: { monthlyCostUsd: 300 } }),
  kind({ id: 'tracing', label: 'Tracing', category: 'observability', icon: 'trace', roles: ['monitoring', 'tracing'], description: 'Distributed traces (Jaeger / OpenTelemetry)', defaults: { monthlyCostUsd: 150 } }),
  kind({ id: 'alerting', label: 'Alerting', category: 'observability', icon: 'bell', roles: ['monitoring', 'alerting'], description: 'Alertmanager → PagerDuty on SLO burn', defaults: { monthlyCostUsd: 40 } }),

  // Security & governance
  kind({ id: 'auth', label: 'Auth / IAM', category: 'security', icon: 'user', roles: ['auth'], description: 'Identity, tokens, RBAC; tenant id carried in every request', defaults: { monthlyCostUsd: 100 } }),
  kind({ id: 'secrets-manager', label: 'Secrets manager', category: 'security', icon: 'lock', roles: ['secrets'], description: 'Vault / AWS Secrets Manager; no secrets in images or env files', defaults: { monthlyCostUsd: 20 } }),
  kind({ id: 'audit-log', label: 'Audit log', category: 'security', icon: 'scroll', roles: ['audit', 'datastore'], description: 'Append-only record of who did what (SOC2, GDPR)', defaults: { monthlyCostUsd: 60 } }),
  kind({ id: 'feature-flags', label: 'Feature flags', category: 'security', icon: 'flag', roles: ['feature-flags'], description: 'Per-tenant rollout and kill switches (also for models)', defaults: { monthlyCostUsd: 50 } }),

  // Boundaries
  kind({ id: 'vpc', label: 'VPC', category: 'boundaries', icon: 'cloud', roles: ['boundary', 'network-boundary'], description: 'Private network; only the edge is public', defaults: {}, isBoundary: true }),
  kind({ id: 'k8s-cluster', label: 'K8s cluster', category: 'boundaries', icon: 'cluster', roles: ['boundary'], description: 'EKS cluster', defaults: {}, isBoundary: true }),
  kind({ id: 'namespace', label: 'Namespace', category: 'boundaries', icon: 'folder', roles: ['boundary'], description: 'Kubernetes namespace with RBAC and quotas', defaults: {}, isBoundary: true }),
  kind({ id: 'tenant-boundary', label: 'Tenant boundary', category: 'boundaries', icon: 'tenant', roles: ['boundary', 'tenant-isolation'], description: 'Isolation of one tenant’s data or compute', defaults: { tags: ['per-tenant'] }, isBoundary: true }),
  kind({ id: 'region', label: 'Region / availability zone', category: 'boundaries', icon: 'region', roles: ['boundary', 'availability-zone'], description: 'A region or AZ: a unit of failure', defaults: {}, isBoundary: true }),

  // Annotations
  kind({ id: 'note', label: 'Note', category: 'annotations', icon: 'note', roles: ['note'], description: 'Free text on the board', defaults: {} }),
];
