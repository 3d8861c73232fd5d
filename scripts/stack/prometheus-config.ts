/**
 * The Prometheus scrape jobs of Agora. The dashboards and alert rules select series by these job
 * names, so the compose configuration (monitoring/prometheus.yml) uses the same ones; a test
 * checks that both agree.
 */
export const ScrapeJob = {
  Backend: 'backend',
  Mailer: 'mailer',
  /** RabbitMQ's aggregated metrics (node-wide totals and rates). */
  RabbitMq: 'rabbitmq',
  /** RabbitMQ's per-queue metrics: depth, unacked and consumers of each queue. */
  RabbitMqQueues: 'rabbitmq-queues',
} as const;

/** The metric families of `/metrics/detailed` that the RabbitMQ dashboard and alerts read. */
export const RABBITMQ_QUEUE_FAMILIES = ['queue_coarse_metrics', 'queue_consumer_count'];

export interface PrometheusTargets {
  /** `host:port` of each backend replica (its `/metrics`). */
  backends: string[];
  /** `host:port` of each mailer's metrics server. */
  mailers: string[];
  /** `host:port` of RabbitMQ's prometheus plugin (15692), if it is enabled. */
  rabbitmq?: string;
  /** How often to scrape, e.g. `15s` (`1s` in tests). */
  scrapeInterval?: string;
  /** Alert rule files, absolute paths. */
  ruleFiles?: string[];
}

/**
 * A Prometheus configuration for processes on this machine (the native stack and the tests).
 * It is returned as JSON text, which Prometheus reads as YAML (JSON is a subset of YAML).
 */
export function renderPrometheusConfig(targets: PrometheusTargets): string {
  const interval = targets.scrapeInterval ?? '15s';
  const job = (name: string, addresses: string[], extra: Record<string, unknown> = {}) => ({
    job_name: name,
    metrics_path: '/metrics',
    static_configs: [{ targets: addresses }],
    ...extra,
  });
  const jobs = [job(ScrapeJob.Backend, targets.backends), job(ScrapeJob.Mailer, targets.mailers)];
  if (targets.rabbitmq) {
    jobs.push(
      job(ScrapeJob.RabbitMq, [targets.rabbitmq]),
      job(ScrapeJob.RabbitMqQueues, [targets.rabbitmq], {
        metrics_path: '/metrics/detailed',
        params: { family: RABBITMQ_QUEUE_FAMILIES },
      }),
    );
  }
  const config = {
    global: { scrape_interval: interval, evaluation_interval: interval },
    rule_files: targets.ruleFiles ?? [],
    scrape_configs: jobs,
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
