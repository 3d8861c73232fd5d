import { randomUUID } from 'node:crypto';
import { parseExposition, Sample, valueOf } from './support/exposition';
import { TestApp } from './support/test-app';

const DURATION = 'agora_http_request_duration_seconds_count';

describe('GET /metrics', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
  });

  afterAll(async () => {
    await app.close();
  });

  async function scrape(): Promise<Sample[]> {
    const response = await app.request('GET', '/metrics');
    expect(response.status).toBe(200);
    return parseExposition(response.body as string);
  }

  it('answers without an access token, in the Prometheus text format, outside the /api prefix', async () => {
    const response = await app.request('GET', '/metrics');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parseExposition(response.body as string);
    expect(valueOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(valueOf(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    expect((await app.request('GET', '/api/metrics')).status).toBe(404);
  });

  it('counts requests by route template and status, never by raw URL, including 404s and guard refusals', async () => {
    const unknownPath = `/api/no-such-thing/${randomUUID()}`;
    const associationId = randomUUID();
    const before = await scrape();
    const added = (samples: Sample[], labels: Record<string, string>) =>
      (valueOf(samples, DURATION, labels) ?? 0) - (valueOf(before, DURATION, labels) ?? 0);
    await app.request('GET', '/api/health');
    await app.request('GET', unknownPath);
    await app.request('GET', `/api/associations/${associationId}`);
    await app.request('POST', '/api/associations', {
      body: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });

    const response = await app.request('GET', '/metrics');
    const samples = parseExposition(response.body as string);

    expect(added(samples, { method: 'GET', route: '/api/health', status: '200' })).toBe(1);
    expect(added(samples, { method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
    expect(added(samples, { method: 'GET', route: '/api/associations/:id', status: '401' })).toBe(
      1,
    );
    // The malformed body is refused by Fastify's parser, before the guard and the controller run.
    expect(added(samples, { method: 'POST', route: '/api/associations', status: '400' })).toBe(1);
    expect(response.body).not.toContain(associationId);
    expect(response.body).not.toContain('no-such-thing');
    // Prometheus's own scrapes are not application traffic.
    expect(
      samples.some((sample) => sample.name === DURATION && sample.labels.route === '/metrics'),
    ).toBe(false);
  });

  it('reports the outbox backlog from the database on each scrape', async () => {
    expect(valueOf(await scrape(), 'agora_outbox_pending_messages')).toBe(0);
    expect(valueOf(await scrape(), 'agora_outbox_oldest_pending_age_seconds')).toBe(0);

    const insert = `INSERT INTO outbox (id, routing_key, payload, created_at, published_at)
                    VALUES ($1, 'event.created', '{}', now() - make_interval(secs => $2), $3)`;
    await app.dataSource.query(insert, [randomUUID(), 90, null]);
    await app.dataSource.query(insert, [randomUUID(), 30, null]);
    await app.dataSource.query(insert, [randomUUID(), 600, new Date()]);

    const samples = await scrape();
    expect(valueOf(samples, 'agora_outbox_pending_messages')).toBe(2);
    expect(valueOf(samples, 'agora_outbox_oldest_pending_age_seconds')).toBeGreaterThanOrEqual(90);
    expect(valueOf(samples, 'agora_outbox_oldest_pending_age_seconds')).toBeLessThan(600);
  });

  it('exposes every domain counter from the start, at zero for each known outcome', async () => {
    const samples = await scrape();

    for (const outcome of ['created', 'existing_email']) {
      expect(valueOf(samples, 'agora_registrations_total', { outcome })).toBe(0);
    }
    for (const outcome of ['success', 'invalid_credentials', 'unverified']) {
      expect(valueOf(samples, 'agora_logins_total', { outcome })).toBe(0);
    }
    expect(valueOf(samples, 'agora_email_verifications_total', { outcome: 'verified' })).toBe(0);
    expect(valueOf(samples, 'agora_events_created_total')).toBe(0);
    expect(valueOf(samples, 'agora_outbox_published_total', { routing_key: 'event.created' })).toBe(
      0,
    );
    expect(
      valueOf(samples, 'agora_outbox_publish_failures_total', { routing_key: 'event.created' }),
    ).toBe(0);
    expect(valueOf(samples, 'agora_outbox_publish_lag_seconds_count')).toBe(0);
  });
});
