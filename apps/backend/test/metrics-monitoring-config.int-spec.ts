import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { renderPrometheusConfig } from '../../../scripts/stack/prometheus-config';
import { stackConfig } from '../../../scripts/stack/stack-config';
import { dashboardPanels, MONITORING_DIR, promtool, withTestIntervals } from './support/prometheus';

const readYaml = (file: string) => parse(readFileSync(join(MONITORING_DIR, file), 'utf8'));

describe('monitoring configuration', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'agora-promtool-'));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('the compose Prometheus configuration and its rule file pass promtool check config', async () => {
    // In the container the rules sit beside the configuration, at /etc/prometheus/alerts.yml.
    const config = readFileSync(join(MONITORING_DIR, 'prometheus.yml'), 'utf8').replaceAll(
      '/etc/prometheus/alerts.yml',
      join(MONITORING_DIR, 'alerts.yml'),
    );
    writeFileSync(join(dir, 'compose.yml'), config);

    const output = await promtool('check', 'config', join(dir, 'compose.yml'));

    expect(output).toContain('SUCCESS: 6 rules found');
    expect(output).toMatch(/is valid prometheus config file syntax/);
  });

  it('the native stack configuration passes promtool check config and scrapes the same jobs as compose', async () => {
    writeFileSync(
      join(dir, 'native.yml'),
      renderPrometheusConfig({
        backends: ['127.0.0.1:3001', '127.0.0.1:3002'],
        mailers: ['127.0.0.1:9101'],
        rabbitmq: '127.0.0.1:15692',
        ruleFiles: [join(MONITORING_DIR, 'alerts.yml')],
      }),
    );

    await promtool('check', 'config', join(dir, 'native.yml'));

    const jobs = (config: { scrape_configs: { job_name: string }[] }) =>
      config.scrape_configs
        .map((job) => job.job_name)
        .filter((job) => job !== 'prometheus')
        .sort();
    expect(jobs(parse(readFileSync(join(dir, 'native.yml'), 'utf8')))).toEqual(
      jobs(readYaml('prometheus.yml')),
    );
  });

  it('monitoring/prometheus.native.yml scrapes the native stack on its default ports and passes promtool', async () => {
    const stack = stackConfig({});
    const expected = renderPrometheusConfig({
      backends: stack.backendPorts.map((port) => `127.0.0.1:${port}`),
      mailers: [`127.0.0.1:${stack.mailerMetricsPort}`],
      rabbitmq: '127.0.0.1:15692',
      ruleFiles: ['alerts.yml'],
    });

    expect(readYaml('prometheus.native.yml')).toEqual(parse(expected));
    expect(
      await promtool('check', 'config', join(MONITORING_DIR, 'prometheus.native.yml')),
    ).toContain('SUCCESS: 6 rules found');
  });

  it('every alert rule passes promtool check rules and its unit tests (promtool test rules)', async () => {
    expect(await promtool('check', 'rules', join(MONITORING_DIR, 'alerts.yml'))).toContain(
      'SUCCESS: 6 rules found',
    );
    expect(await promtool('test', 'rules', join(MONITORING_DIR, 'alerts.test.yml'))).toContain(
      'SUCCESS',
    );
  });

  it('each alert has a unit test that makes it fire and one that keeps it quiet', () => {
    const alerts: string[] = readYaml('alerts.yml').groups.flatMap(
      (group: { rules: { alert: string }[] }) => group.rules.map((rule) => rule.alert),
    );
    const cases = readYaml('alerts.test.yml').tests.flatMap(
      (test: { alert_rule_test: { alertname: string; exp_alerts: unknown[] }[] }) =>
        test.alert_rule_test,
    );

    expect(alerts).toEqual(
      expect.arrayContaining([
        'ApiHighErrorRatio',
        'ApiHighLatencyP99',
        'OutboxLagging',
        'DeadLettersPresent',
        'MailerDown',
        'MailQueueGrowing',
      ]),
    );
    for (const alert of alerts) {
      const own = cases.filter((entry: { alertname: string }) => entry.alertname === alert);
      expect({
        alert,
        fires: own.some((entry: { exp_alerts: unknown[] }) => entry.exp_alerts.length > 0),
      }).toEqual({ alert, fires: true });
      expect({
        alert,
        quiet: own.some((entry: { exp_alerts: unknown[] }) => entry.exp_alerts.length === 0),
      }).toEqual({ alert, quiet: true });
    }
  });

  it('every dashboard panel query is valid PromQL (checked by promtool as recording rules)', async () => {
    const panels = dashboardPanels();
    const rules = panels.flatMap((panel, index) =>
      panel.expressions.map((expr, target) => ({
        record: `panel_${index}_${target}`,
        expr: withTestIntervals(expr),
      })),
    );
    writeFileSync(join(dir, 'panels.yml'), JSON.stringify({ groups: [{ name: 'panels', rules }] }));

    expect(panels.length).toBeGreaterThanOrEqual(30);
    expect(
      panels.filter((panel) => panel.expressions.length === 0 || panel.expressions.includes('')),
    ).toEqual([]);
    expect(await promtool('check', 'rules', join(dir, 'panels.yml'))).toContain(
      `SUCCESS: ${rules.length} rules found`,
    );
  });

  it('compose mounts these files where they are read, exposes the scraped ports and serves Grafana, behind its login, under /monitoring/', () => {
    const compose = parse(readFileSync(join(MONITORING_DIR, '..', 'compose.yaml'), 'utf8'));
    const prometheusConfig = readYaml('prometheus.yml');
    const mounts = (service: string): Record<string, string> =>
      Object.fromEntries(
        (compose.services[service].volumes as string[]).map((volume) => {
          const [source, target] = volume.split(':');
          return [target, source];
        }),
      );
    const portOf = (job: string) =>
      String(
        prometheusConfig.scrape_configs.find(
          (entry: { job_name: string }) => entry.job_name === job,
        ).dns_sd_configs[0].port,
      );

    expect(mounts('prometheus')['/etc/prometheus/prometheus.yml']).toBe(
      './monitoring/prometheus.yml',
    );
    for (const ruleFile of prometheusConfig.rule_files) {
      expect(mounts('prometheus')[ruleFile]).toBe(
        `./monitoring/${ruleFile.replace('/etc/prometheus/', '')}`,
      );
    }
    expect(compose.services.prometheus.command).toContain('--web.enable-remote-write-receiver');
    expect(compose.services.backend.expose.map(String)).toContain(portOf('backend'));
    expect(compose.services.mailer.expose.map(String)).toContain(portOf('mailer'));
    // The mailer's metrics server listens beyond its container, on the port Prometheus scrapes.
    expect(compose.services.mailer.environment).toMatchObject({
      MAILER_METRICS_PORT: portOf('mailer'),
      MAILER_METRICS_HOST: '0.0.0.0',
    });

    const provider = readYaml('grafana/provisioning/dashboards/agora.yml').providers[0];
    expect(mounts('grafana')['/etc/grafana/provisioning']).toBe(
      './monitoring/grafana/provisioning',
    );
    expect(mounts('grafana')[provider.options.path]).toBe('./monitoring/grafana/dashboards');
    expect(compose.services.grafana.environment).toMatchObject({
      GF_SERVER_SERVE_FROM_SUB_PATH: 'true',
      GF_AUTH_ANONYMOUS_ENABLED: 'false',
    });
    expect(compose.services.grafana.environment.GF_SERVER_ROOT_URL).toMatch(/\/monitoring\/$/);
  });

  it('every panel reads the provisioned data source, and dashboards have unique uids', () => {
    const source = readYaml('grafana/provisioning/datasources/prometheus.yml').datasources[0];
    const provider = readYaml('grafana/provisioning/dashboards/agora.yml').providers[0];
    const dashboards = ['api', 'mailer', 'rabbitmq', 'load-tests'].map((name) =>
      JSON.parse(
        readFileSync(join(MONITORING_DIR, 'grafana', 'dashboards', `${name}.json`), 'utf8'),
      ),
    );

    expect(source).toMatchObject({
      type: 'prometheus',
      uid: 'prometheus',
      url: 'http://prometheus:9090',
    });
    expect(provider).toMatchObject({ type: 'file', folder: 'Agora' });
    expect(new Set(dashboards.map((dashboard) => dashboard.uid)).size).toBe(dashboards.length);
    for (const dashboard of dashboards) {
      for (const panel of dashboard.panels) {
        expect({ panel: panel.title, uid: panel.datasource.uid }).toEqual({
          panel: panel.title,
          uid: source.uid,
        });
        for (const target of panel.targets) expect(target.datasource.uid).toBe(source.uid);
      }
      expect(new Set(dashboard.panels.map((panel: { id: number }) => panel.id)).size).toBe(
        dashboard.panels.length,
      );
    }
  });
});
