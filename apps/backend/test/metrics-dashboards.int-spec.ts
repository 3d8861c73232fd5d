import { connect as connectTcp } from 'node:net';
import { join } from 'node:path';
import amqplib from 'amqplib';
import { pushTimeseries } from 'prometheus-remote-write';
import { MAILER_QUEUE } from '@app/messaging';
import { waitFor } from '@app/messaging/testing/eventually';
import { rabbitmqctl, TestVhost } from '@app/messaging/testing/rabbitmq-vhost';
import { MailerMetrics, renderPrometheusConfig } from '@app/metrics';
import { GOOD_PASSWORD, registerVerified, registration, tokenFromOutbox } from './support/accounts';
import {
  dashboardPanels,
  DashboardPanel,
  MONITORING_DIR,
  PrometheusSeries,
  PrometheusServer,
  withTestIntervals,
} from './support/prometheus';
import { TestApp } from './support/test-app';

const RABBITMQ_METRICS = { host: '127.0.0.1', port: 15692 };

/**
 * Panels that this test cannot feed with real data, each with the reason. The test fails when a
 * listed panel does return data, so the list only ever shrinks.
 */
const NOT_FED_HERE: Record<string, string> = {
  'Agora · API / Outbox publish lag p50 / p99': 'the outbox relay does not record its publish lag yet',
  'Agora · Mailer / Mailers up': 'the mailer is not run by this test',
  'Agora · Mailer / Messages consumed per second by type and outcome': 'the mailer is not run by this test',
  'Agora · Mailer / Mails sent per second by template': 'the mailer is not run by this test',
  'Agora · Mailer / Mails failed per second by template': 'the mailer is not run by this test',
  'Agora · Mailer / Retries per second': 'the mailer is not run by this test',
  'Agora · Mailer / Dead-lettered by the mailer': 'the mailer is not run by this test',
  'Agora · Mailer / Duplicates skipped': 'the mailer is not run by this test',
  'Agora · Mailer / SMTP send duration p50 / p95 / p99': 'the mailer is not run by this test',
};

const keyOf = (panel: DashboardPanel) => `${panel.dashboard} / ${panel.title}`;

/** A series "has data" when at least one of its points is a number (not NaN from 0/0). */
const hasData = (series: PrometheusSeries[]) =>
  series.some((entry) => entry.values.some(([, value]) => Number.isFinite(Number(value))));

function reachable({ host, port }: { host: string; port: number }): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connectTcp(port, host);
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * What a k6 run sends through the experimental-prometheus-rw output, computed from a real burst
 * of requests against the backend (one sample per second per series, k6's names and units).
 */
async function k6EquivalentRun(app: TestApp, token: string, prometheus: PrometheusServer): Promise<number> {
  const vus = 5;
  const seconds = 3;
  const started = Date.now();
  const durations: number[] = [];
  let failed = 0;
  let received = 0;
  let sent = 0;
  const ticks: { at: number; requests: number; failed: number; p95: number; p99: number; avg: number; sent: number; received: number }[] = [];
  const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const snapshot = () => {
    const sorted = [...durations].sort((a, b) => a - b);
    ticks.push({
      at: Date.now(),
      requests: durations.length,
      failed,
      p95: percentile(sorted, 95) / 1000,
      p99: percentile(sorted, 99) / 1000,
      avg: sorted.reduce((sum, value) => sum + value, 0) / sorted.length / 1000,
      sent,
      received,
    });
  };
  const timer = setInterval(snapshot, 1000);
  await Promise.all(
    Array.from({ length: vus }, async () => {
      while (Date.now() - started < seconds * 1000) {
        const begin = performance.now();
        const response = await app.request('GET', '/api/associations?page=1&pageSize=20', { token });
        durations.push(performance.now() - begin);
        if (response.status !== 200) failed += 1;
        sent += 200;
        received += JSON.stringify(response.body).length;
      }
    }),
  );
  clearInterval(timer);
  snapshot();

  const labels = { testid: 'metrics-dashboards', scenario: 'default' };
  const series = (name: string, extra: Record<string, string>, value: (tick: (typeof ticks)[number]) => number) => ({
    labels: { __name__: name, ...labels, ...extra },
    samples: ticks.map((tick) => ({ value: value(tick), timestamp: tick.at })),
  });
  const http = { method: 'GET', status: '200', name: '/api/associations', expected_response: 'true' };
  const result = await pushTimeseries(
    [
      series('k6_vus', {}, () => vus),
      series('k6_vus_max', {}, () => vus),
      series('k6_http_reqs_total', http, (tick) => tick.requests),
      series('k6_iterations_total', {}, (tick) => tick.requests),
      series('k6_http_req_duration_p95', http, (tick) => tick.p95),
      series('k6_http_req_duration_p99', http, (tick) => tick.p99),
      series('k6_http_req_duration_avg', http, (tick) => tick.avg),
      series('k6_http_req_failed_rate', http, (tick) => tick.failed / tick.requests),
      series('k6_checks_rate', { check: 'status is 200' }, (tick) => 1 - tick.failed / tick.requests),
      series('k6_data_sent_total', {}, (tick) => tick.sent),
      series('k6_data_received_total', {}, (tick) => tick.received),
    ],
    { url: `${prometheus.url}/api/v1/write`, fetch: fetch as never },
  );
  if (result.status !== 204 && result.status !== 200) {
    throw new Error(`remote write answered ${result.status}: ${result.errorMessage}`);
  }
  return durations.length;
}

jest.setTimeout(120_000);

describe('Grafana dashboards on live data', () => {
  let vhost: TestVhost;
  let app: TestApp;
  let prometheus: PrometheusServer;
  let started: Date;
  const results = new Map<string, PrometheusSeries[][]>();

  beforeAll(async () => {
    if (!(await reachable(RABBITMQ_METRICS))) {
      throw new Error('RabbitMQ metrics are not served on 15692: rabbitmq-plugins enable rabbitmq_prometheus');
    }
    started = new Date();
    vhost = await TestVhost.create();
    app = await TestApp.start({ OUTBOX_RELAY_ENABLED: 'true', AMQP_URL: vhost.url, OUTBOX_RELAY_POLL_MS: '200' });
    prometheus = await PrometheusServer.start(
      renderPrometheusConfig({
        backends: [new URL(app.baseUrl).host],
        mailers: [],
        rabbitmq: `${RABBITMQ_METRICS.host}:${RABBITMQ_METRICS.port}`,
        scrapeInterval: '1s',
        ruleFiles: [join(MONITORING_DIR, 'alerts.yml')],
      }),
    );
  });

  afterAll(async () => {
    // Prometheus first: it must not scrape an application that is shutting down.
    await prometheus?.stop();
    await app?.close();
    await vhost?.delete().catch(() => undefined);
  });

  it('scrapes the backend and RabbitMQ', async () => {
    const targets = await waitFor(
      () => prometheus.targets(),
      (list) => list.length === 3 && list.every((target) => target.health === 'up'),
      { what: 'every scrape target up', timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(targets.map((target) => target.job).sort()).toEqual(['backend', 'rabbitmq', 'rabbitmq-queues']);
  });

  it('after real traffic, every panel query of every dashboard returns data', async () => {
    // Accounts: a registration verified by its mailed link, the link used twice, the address
    // registered again, a login of each outcome.
    const verified = await registerVerified(app);
    const token = await tokenFromOutbox(app, 'account.verification-requested', verified.email);
    expect((await app.request('POST', '/api/auth/verify', { body: { token } })).status).toBe(409);
    expect((await app.request('POST', '/api/auth/register', { body: registration({ email: verified.email }) })).status).toBe(202);
    const unverified = registration();
    await app.request('POST', '/api/auth/register', { body: unverified });
    expect((await app.request('POST', '/api/auth/login', { body: { email: unverified.email, password: GOOD_PASSWORD } })).status).toBe(403);
    expect((await app.request('POST', '/api/auth/login', { body: { email: verified.email, password: 'not the password' } })).status).toBe(401);
    const login = await app.request('POST', '/api/auth/login', { body: verified });
    expect(login.status).toBe(200);
    const accessToken = login.body.accessToken as string;

    // An association and an event with an invitation to its (verified) member.
    const association = await app.request('POST', '/api/associations', { token: accessToken, body: { name: 'Choir of the metrics test' } });
    expect(association.status).toBe(201);
    const event = await app.request('POST', `/api/associations/${association.body.id}/events`, {
      token: accessToken,
      body: { title: 'Rehearsal', startsAt: '2031-05-01T18:00:00Z', endsAt: '2031-05-01T20:00:00Z', timeZone: 'Europe/Paris' },
    });
    expect(event.status).toBe(201);
    await app.request('GET', `/api/events/${event.body.id}`, { token: accessToken });
    await app.request('GET', `/api/associations/${association.body.id}`, { token: accessToken });
    await app.request('GET', `/api/associations/${association.body.id}`);
    await app.request('GET', '/api/no-such-route');

    // Every message reaches the mailer queue; with no mailer running, one is rejected the way the
    // mailer rejects a message it cannot handle, and the broker dead-letters it.
    await waitFor(() => vhost.queueDepths(), (depths) => (depths[MAILER_QUEUE] ?? 0) >= 4, { what: 'messages in the mailer queue' });
    const broker = await amqplib.connect(vhost.url);
    try {
      const channel = await broker.createChannel();
      const rejected = await channel.get(MAILER_QUEUE, { noAck: false });
      if (!rejected) throw new Error('the mailer queue is empty');
      channel.nack(rejected, false, false);
      await channel.close();
    } finally {
      await broker.close();
    }
    await waitFor(() => vhost.queueDepths(), (depths) => depths['agora.mailer.dead'] === 1, { what: 'the dead letter' });

    // The replica loses its broker: readiness answers 503 (a real 5xx) and what is registered
    // meanwhile waits in the outbox until the broker is back.
    await rabbitmqctl('clear_permissions', '-p', vhost.name, 'guest');
    await rabbitmqctl('close_all_connections', '--vhost', vhost.name, 'metrics test: broker access revoked');
    await waitFor(() => app.request('GET', '/api/health/ready'), (response) => response.status === 503, { what: 'readiness 503' });
    await app.request('POST', '/api/auth/register', { body: registration() });
    await rabbitmqctl('set_permissions', '-p', vhost.name, 'guest', '.*', '.*', '.*');
    await waitFor(() => app.request('GET', '/api/health/ready'), (response) => response.status === 200, { what: 'readiness back' });
    await waitFor(() => app.dataSource.query(`SELECT count(*)::int AS pending FROM outbox WHERE published_at IS NULL`), ([row]) => row.pending === 0, {
      what: 'the outbox drained after the outage',
    });

    const requestsInRun = await k6EquivalentRun(app, accessToken, prometheus);
    expect(requestsInRun).toBeGreaterThan(10);

    // Wait until Prometheus holds the end of the traffic, then a few more scrapes so that every
    // rate window spans it.
    const now = () => new Date();
    await waitFor(
      () => prometheus.queryRange(`rabbitmq_detailed_queue_messages{vhost="${vhost.name}", queue="agora.mailer.dead"}`, started, now()),
      (series) => series.some((entry) => entry.values.some(([, value]) => value === '1')),
      { what: 'the dead letter in Prometheus', timeoutMs: 30_000, intervalMs: 500 },
    );
    await waitFor(
      () => prometheus.queryRange('sum(agora_http_request_duration_seconds_count{route="/api/associations", method="GET"})', started, now()),
      (series) => series.some((entry) => entry.values.some(([, value]) => Number(value) >= requestsInRun)),
      { what: 'the load burst in Prometheus', timeoutMs: 30_000, intervalMs: 500 },
    );
    await new Promise((resolve) => setTimeout(resolve, 3000));

    const end = now();
    for (const panel of dashboardPanels()) {
      results.set(
        keyOf(panel),
        await Promise.all(panel.expressions.map((expr) => prometheus.queryRange(withTestIntervals(expr), started, end))),
      );
    }
    const panelsWithoutData = dashboardPanels()
      .filter((panel) => !(keyOf(panel) in NOT_FED_HERE))
      .flatMap((panel) =>
        panel.expressions
          .filter((_, index) => !hasData(results.get(keyOf(panel))![index]))
          .map((expr) => `${keyOf(panel)}: ${expr}`),
      );
    expect(panelsWithoutData).toEqual([]);
  });

  it('the outbox, readiness and broker panels show what the traffic did', async () => {
    const latest = async (expr: string) => {
      const series = await prometheus.queryRange(expr, started, new Date());
      return series.map((entry) => Number(entry.values.at(-1)![1]));
    };

    expect(await latest('max(agora_outbox_pending_messages)')).toEqual([0]);
    // The registration made while the broker was away waited in the outbox, and readiness said so.
    expect(await latest('max(max_over_time(agora_outbox_pending_messages[5m]))')).toEqual([1]);
    const [notReady] = await latest('sum(agora_http_request_duration_seconds_count{route="/api/health/ready", status="503"})');
    expect(notReady).toBeGreaterThanOrEqual(1);
    expect(await latest(`sum(rabbitmq_detailed_queue_messages{vhost="${vhost.name}", queue="agora.mailer.dead"})`)).toEqual([1]);
  });

  it('evaluates every alert rule on the live data without error', async () => {
    const response = await fetch(`${prometheus.url}/api/v1/rules`);
    const body = (await response.json()) as { data: { groups: { rules: { name: string; health: string; lastError?: string }[] }[] } };
    const rules = body.data.groups.flatMap((group) => group.rules);

    expect(rules).toHaveLength(6);
    expect(rules.filter((rule) => rule.health !== 'ok')).toEqual([]);
  });

  it('lists only panels that exist and really have no data here, and the mailer exposes what its panels read', async () => {
    const keys = dashboardPanels().map(keyOf);
    const mailerMetrics = await new MailerMetrics({ defaultMetrics: false }).registry.metrics();

    for (const [key, reason] of Object.entries(NOT_FED_HERE)) {
      expect({ key, exists: keys.includes(key) }).toEqual({ key, exists: true });
      expect(reason.length).toBeGreaterThan(20);
      expect({ key, fedAfterAll: results.get(key)!.some(hasData) }).toEqual({ key, fedAfterAll: false });
      const panel = dashboardPanels().find((candidate) => keyOf(candidate) === key)!;
      for (const name of panel.expressions.flatMap((expr) => expr.match(/agora_mailer_\w+/g) ?? [])) {
        const family = name.replace(/_(bucket|count|sum)$/, '');
        expect({ name, exposed: mailerMetrics.includes(`# TYPE ${family} `) }).toEqual({ name, exposed: true });
      }
    }
  });
});
