import { connect as connectTcp } from 'node:net';
import { join } from 'node:path';
import { pushTimeseries } from 'prometheus-remote-write';
import { DEAD_LETTER_QUEUE } from '@app/messaging';
import { waitFor } from '@app/messaging/testing/eventually';
import { rabbitmqctl } from '@app/messaging/testing/rabbitmq-vhost';
import { renderPrometheusConfig } from '../../../scripts/stack/prometheus-config';
import { MailerHarness } from '../../mailer/test/support/mailer-harness';
import {
  GOOD_PASSWORD,
  newEmail,
  registerVerified,
  registration,
  tokenFromOutbox,
} from './support/accounts';
import { joinByInvitation } from './associations-fixtures';
import { createUser } from './support/fixtures';
import {
  dashboardPanels,
  MONITORING_DIR,
  PrometheusSeries,
  PrometheusServer,
  withTestIntervals,
} from './support/prometheus';
import { TestApp } from './support/test-app';

const RABBITMQ_METRICS = { host: '127.0.0.1', port: 15692 };

/** Mail to these addresses is refused by the SMTP server (temporarily), so it is retried, then dead-lettered. */
const BOUNCING = 'bounce-';

const keyOf = (panel: { dashboard: string; title: string }) =>
  `${panel.dashboard} / ${panel.title}`;

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
async function k6EquivalentRun(
  app: TestApp,
  token: string,
  prometheus: PrometheusServer,
): Promise<number> {
  const vus = 5;
  const seconds = 3;
  const started = Date.now();
  const durations: number[] = [];
  let failed = 0;
  let received = 0;
  let sent = 0;
  const ticks: {
    at: number;
    requests: number;
    failed: number;
    p95: number;
    p99: number;
    avg: number;
    sent: number;
    received: number;
  }[] = [];
  const percentile = (sorted: number[], p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
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
        const response = await app.request('GET', '/api/associations?page=1&pageSize=20', {
          token,
        });
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
  const series = (
    name: string,
    extra: Record<string, string>,
    value: (tick: (typeof ticks)[number]) => number,
  ) => ({
    labels: { __name__: name, ...labels, ...extra },
    samples: ticks.map((tick) => ({ value: value(tick), timestamp: tick.at })),
  });
  const http = {
    method: 'GET',
    status: '200',
    name: '/api/associations',
    expected_response: 'true',
  };
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
      series(
        'k6_checks_rate',
        { check: 'status is 200' },
        (tick) => 1 - tick.failed / tick.requests,
      ),
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
  let harness: MailerHarness;
  let app: TestApp;
  let prometheus: PrometheusServer;
  let started: Date;
  const results = new Map<string, PrometheusSeries[][]>();

  beforeAll(async () => {
    if (!(await reachable(RABBITMQ_METRICS))) {
      throw new Error(
        'RabbitMQ metrics are not served on 15692: rabbitmq-plugins enable rabbitmq_prometheus',
      );
    }
    started = new Date();
    harness = await MailerHarness.create({
      beforeAccept: (mail) => {
        if (mail.envelopeTo.some((address) => address.startsWith(BOUNCING)))
          throw new Error('mailbox busy, try again later');
      },
    });
    app = await TestApp.start({
      OUTBOX_RELAY_ENABLED: 'true',
      AMQP_URL: harness.vhost.url,
      OUTBOX_RELAY_POLL_MS: '200',
    });
    await harness.startMailer({ MAILER_RETRY_DELAYS_MS: '200,400' });
    prometheus = await PrometheusServer.start(
      renderPrometheusConfig({
        backends: [new URL(app.baseUrl).host],
        mailers: [harness.metricsAddress],
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
    await harness?.close();
  });

  it('scrapes the backend, the mailer and RabbitMQ', async () => {
    const targets = await waitFor(
      () => prometheus.targets(),
      (list) => list.length === 4 && list.every((target) => target.health === 'up'),
      { what: 'every scrape target up', timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(targets.map((target) => target.job).sort()).toEqual([
      'backend',
      'mailer',
      'rabbitmq',
      'rabbitmq-queues',
    ]);
  });

  it('after real traffic, every panel query of every dashboard returns data', async () => {
    // Accounts: a registration verified by its mailed link, the link used twice, the address
    // registered again, a login of each outcome.
    const verified = await registerVerified(app);
    const token = await tokenFromOutbox(app, 'account.verification-requested', verified.email);
    expect((await app.request('POST', '/api/auth/verify', { body: { token } })).status).toBe(409);
    expect(
      (
        await app.request('POST', '/api/auth/register', {
          body: registration({ email: verified.email }),
        })
      ).status,
    ).toBe(202);
    const unverified = registration();
    await app.request('POST', '/api/auth/register', { body: unverified });
    expect(
      (
        await app.request('POST', '/api/auth/login', {
          body: { email: unverified.email, password: GOOD_PASSWORD },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await app.request('POST', '/api/auth/login', {
          body: { email: verified.email, password: 'not the password' },
        })
      ).status,
    ).toBe(401);
    const login = await app.request('POST', '/api/auth/login', { body: verified });
    expect(login.status).toBe(200);
    const accessToken = login.body.accessToken as string;

    // An association and an event with an invitation to its (verified) member.
    const association = await app.request('POST', '/api/associations', {
      token: accessToken,
      body: { name: 'Choir of the metrics test' },
    });
    expect(association.status).toBe(201);
    const bouncing = await createUser(app, { email: newEmail(BOUNCING.slice(0, -1)) });
    await joinByInvitation(app, association.body.id, { accessToken }, bouncing);
    const event = await app.request('POST', `/api/associations/${association.body.id}/events`, {
      token: accessToken,
      body: {
        title: 'Rehearsal',
        startsAt: '2031-05-01T18:00:00Z',
        endsAt: '2031-05-01T20:00:00Z',
        timeZone: 'Europe/Paris',
      },
    });
    expect(event.status).toBe(201);
    await app.request('GET', `/api/events/${event.body.id}`, { token: accessToken });
    await app.request('GET', `/api/associations/${association.body.id}`, { token: accessToken });
    await app.request('GET', `/api/associations/${association.body.id}`);
    await app.request('GET', '/api/no-such-route');
    // A calendar application polls the organizer's private feed, then again with its ETag.
    const feed = await app.request('GET', '/api/me/calendar-feed', { token: accessToken });
    const feedPath = new URL(feed.body.url).pathname;
    const polled = await app.request('GET', feedPath);
    const unchanged = await app.request('GET', feedPath, {
      headers: { 'if-none-match': polled.headers.get('etag')! },
    });
    expect(unchanged.status).toBe(304);

    // The invitation reaches the organizer at once; the bouncing member's copy is retried twice
    // (skipping the organizer, already mailed) and then dead-lettered by the mailer, as was the
    // bouncing member's invitation to join before it: two dead letters.
    await waitFor(
      () => harness.vhost.queueDepths(),
      (depths) => depths[DEAD_LETTER_QUEUE] === 2,
      { what: 'the dead letter', timeoutMs: 60_000 },
    );

    // The replica loses its broker: readiness answers 503 (a real 5xx) and what is registered
    // meanwhile waits in the outbox until the broker is back.
    await rabbitmqctl('clear_permissions', '-p', harness.vhost.name, 'guest');
    await rabbitmqctl(
      'close_all_connections',
      '--vhost',
      harness.vhost.name,
      'metrics test: broker access revoked',
    );
    await waitFor(
      () => app.request('GET', '/api/health/ready'),
      (response) => response.status === 503,
      { what: 'readiness 503' },
    );
    await app.request('POST', '/api/auth/register', { body: registration() });
    // The broker stays away until Prometheus has seen the waiting row.
    await waitFor(
      () => prometheus.queryRange('max(agora_outbox_pending_messages)', started, new Date()),
      (series) => series.some((entry) => entry.values.some(([, value]) => value === '1')),
      { what: 'the waiting outbox row in Prometheus', timeoutMs: 30_000, intervalMs: 250 },
    );
    await rabbitmqctl('set_permissions', '-p', harness.vhost.name, 'guest', '.*', '.*', '.*');
    await waitFor(
      () => app.request('GET', '/api/health/ready'),
      (response) => response.status === 200,
      { what: 'readiness back' },
    );
    await waitFor(
      () =>
        app.dataSource.query(
          `SELECT count(*)::int AS pending FROM outbox WHERE published_at IS NULL`,
        ),
      ([row]) => row.pending === 0,
      {
        what: 'the outbox drained after the outage',
      },
    );

    const requestsInRun = await k6EquivalentRun(app, accessToken, prometheus);
    expect(requestsInRun).toBeGreaterThan(10);

    // Wait until Prometheus holds the end of the traffic, then a few more scrapes so that every
    // rate window spans it.
    const now = () => new Date();
    await waitFor(
      () =>
        prometheus.queryRange(
          `rabbitmq_detailed_queue_messages{vhost="${harness.vhost.name}", queue="agora.mailer.dead"}`,
          started,
          now(),
        ),
      (series) => series.some((entry) => entry.values.some(([, value]) => value === '2')),
      { what: 'the dead letters in Prometheus', timeoutMs: 30_000, intervalMs: 500 },
    );
    await waitFor(
      () =>
        prometheus.queryRange(
          'sum(agora_http_request_duration_seconds_count{route="/api/associations", method="GET"})',
          started,
          now(),
        ),
      (series) =>
        series.some((entry) => entry.values.some(([, value]) => Number(value) >= requestsInRun)),
      { what: 'the load burst in Prometheus', timeoutMs: 30_000, intervalMs: 500 },
    );
    // Three more scrapes of every target (1 s apart in the tests) after the traffic was seen.
    const trafficSeen = now();
    await waitFor(
      () => prometheus.queryRange('timestamp(up)', trafficSeen, now()),
      (series) =>
        series.length > 0 &&
        series.every((entry) => Number(entry.values.at(-1)![1]) * 1000 >= trafficSeen.getTime() + 3000),
      { what: 'three more scrapes of every target', timeoutMs: 30_000, intervalMs: 500 },
    );

    const end = now();
    for (const panel of dashboardPanels()) {
      results.set(
        keyOf(panel),
        await Promise.all(
          panel.expressions.map((expr) =>
            prometheus.queryRange(withTestIntervals(expr), started, end),
          ),
        ),
      );
    }
    const panelsWithoutData = dashboardPanels().flatMap((panel) =>
      panel.expressions
        .filter((_, index) => !hasData(results.get(keyOf(panel))![index]))
        .map((expr) => `${keyOf(panel)}: ${expr}`),
    );
    expect(panelsWithoutData).toEqual([]);
  });

  it('the account, event, outbox, readiness and broker panels show what the traffic did', async () => {
    const latest = async (expr: string) => {
      const series = await prometheus.queryRange(expr, started, new Date());
      return series.map((entry) => Number(entry.values.at(-1)![1]));
    };

    expect(await latest('sum(agora_registrations_total{outcome="created"})')).toEqual([3]);
    expect(await latest('sum(agora_registrations_total{outcome="existing_email"})')).toEqual([1]);
    expect(await latest('sum(agora_email_verifications_total{outcome="verified"})')).toEqual([1]);
    expect(await latest('sum(agora_email_verifications_total{outcome="already_used"})')).toEqual([
      1,
    ]);
    for (const outcome of ['success', 'invalid_credentials', 'unverified']) {
      expect({
        outcome,
        count: await latest(`sum(agora_logins_total{outcome="${outcome}"})`),
      }).toEqual({ outcome, count: [1] });
    }
    expect(await latest('sum(agora_events_created_total)')).toEqual([1]);
    expect(await latest('sum(agora_calendar_feed_requests_total{answer="full"})')).toEqual([1]);
    expect(
      await latest('sum(agora_calendar_feed_requests_total{answer="not_modified"})'),
    ).toEqual([1]);
    // The member's reminder the day before, far ahead; the organizer's too.
    expect(await latest('sum(agora_reminders_scheduled_total)')).toEqual([2]);
    // Two verification mails, the attempted-registration mail, the invitation to join, the event
    // invitation, and the registration during the outage.
    expect(await latest('sum(agora_outbox_published_total)')).toEqual([6]);
    expect(await latest('sum(agora_outbox_publish_lag_seconds_count)')).toEqual([6]);
    expect(await latest('max(agora_outbox_pending_messages)')).toEqual([0]);
    // The registration made while the broker was away waited in the outbox, and readiness said so.
    expect(await latest('max(max_over_time(agora_outbox_pending_messages[5m]))')).toEqual([1]);
    const [notReady] = await latest(
      'sum(agora_http_request_duration_seconds_count{route="/api/health/ready", status="503"})',
    );
    expect(notReady).toBeGreaterThanOrEqual(1);
    expect(
      await latest(
        `sum(rabbitmq_detailed_queue_messages{vhost="${harness.vhost.name}", queue="agora.mailer.dead"})`,
      ),
    ).toEqual([2]);
  });

  it('evaluates every alert rule on the live data without error', async () => {
    const response = await fetch(`${prometheus.url}/api/v1/rules`);
    const body = (await response.json()) as {
      data: { groups: { rules: { name: string; health: string; lastError?: string }[] }[] };
    };
    const rules = body.data.groups.flatMap((group) => group.rules);

    expect(rules).toHaveLength(6);
    expect(rules.filter((rule) => rule.health !== 'ok')).toEqual([]);
  });

  it('the mailer panels show what the mailer did: sent, refused, retried, skipped, dead-lettered', async () => {
    const latest = async (expr: string) => {
      const series = await prometheus.queryRange(expr, started, new Date());
      return series.map((entry) => Number(entry.values.at(-1)![1]));
    };
    const invitation = 'type="event.created"';

    expect(await latest(`sum(agora_mailer_mails_sent_total{template="event.created"})`)).toEqual([
      1,
    ]);
    expect(await latest(`sum(agora_mailer_mails_failed_total{template="event.created"})`)).toEqual([
      3,
    ]);
    expect(await latest(`sum(agora_mailer_retries_total{${invitation}})`)).toEqual([2]);
    expect(await latest(`sum(agora_mailer_duplicates_skipped_total{${invitation}})`)).toEqual([2]);
    expect(
      await latest(
        `sum(agora_mailer_dead_lettered_total{${invitation}, reason="attempts-exhausted"})`,
      ),
    ).toEqual([1]);
    expect(
      await latest(
        `sum(agora_mailer_messages_consumed_total{${invitation}, outcome="dead_lettered"})`,
      ),
    ).toEqual([1]);
    const [verificationsMailed] = await latest(
      'sum(agora_mailer_mails_sent_total{template="account.verification-requested"})',
    );
    expect(verificationsMailed).toBeGreaterThanOrEqual(3);
    const [smtpSends] = await latest('sum(agora_mailer_smtp_send_duration_seconds_count)');
    expect(smtpSends).toBeGreaterThanOrEqual(verificationsMailed + 4);
  });
});
