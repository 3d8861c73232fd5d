import { renderPrometheusConfig, ScrapeJob } from '../../scripts/stack/prometheus-config';

describe('renderPrometheusConfig', () => {
  it('scrapes each backend replica and mailer under the job names the dashboards select', () => {
    const config = JSON.parse(
      renderPrometheusConfig({
        backends: ['127.0.0.1:3001', '127.0.0.1:3002'],
        mailers: ['127.0.0.1:9101'],
        rabbitmq: '127.0.0.1:15692',
        scrapeInterval: '1s',
        ruleFiles: ['/repo/monitoring/alerts.yml'],
      }),
    );

    expect(config.global.scrape_interval).toBe('1s');
    expect(config.rule_files).toEqual(['/repo/monitoring/alerts.yml']);
    const byJob = Object.fromEntries(
      config.scrape_configs.map((job: { job_name: string }) => [job.job_name, job]),
    );
    expect(byJob[ScrapeJob.Backend].static_configs).toEqual([
      { targets: ['127.0.0.1:3001', '127.0.0.1:3002'] },
    ]);
    expect(byJob[ScrapeJob.Mailer].static_configs).toEqual([{ targets: ['127.0.0.1:9101'] }]);
    expect(byJob[ScrapeJob.RabbitMqQueues].metrics_path).toBe('/metrics/detailed');
    expect(byJob[ScrapeJob.RabbitMqQueues].params.family).toContain('queue_coarse_metrics');
  });

  it('leaves RabbitMQ out when its prometheus plugin is not enabled', () => {
    const config = JSON.parse(
      renderPrometheusConfig({ backends: ['127.0.0.1:3000'], mailers: [] }),
    );

    expect(config.scrape_configs.map((job: { job_name: string }) => job.job_name)).toEqual([
      'backend',
      'mailer',
    ]);
    expect(config.global.scrape_interval).toBe('15s');
  });
});
