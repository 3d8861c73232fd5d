import { MailerMetrics } from './mailer-metrics';
import { startMetricsServer } from './metrics-server';

async function valueOf(
  sut: MailerMetrics,
  name: string,
  labels: Record<string, string>,
): Promise<number | undefined> {
  const metric = await sut.registry.getSingleMetric(name)?.get();
  return metric?.values.find((entry) =>
    Object.entries(labels).every(([key, value]) => String(entry.labels[key]) === value),
  )?.value;
}

describe('MailerMetrics', () => {
  it('starts every counter at zero for each message type, so failures read 0 before the first one', async () => {
    const sut = new MailerMetrics({ defaultMetrics: false });

    expect(
      await valueOf(sut, 'agora_mailer_mails_failed_total', { template: 'event.created' }),
    ).toBe(0);
    expect(
      await valueOf(sut, 'agora_mailer_dead_lettered_total', {
        type: 'event.cancelled',
        reason: 'attempts-exhausted',
      }),
    ).toBe(0);
    expect(
      await valueOf(sut, 'agora_mailer_messages_consumed_total', {
        type: 'account.verification-requested',
        outcome: 'retried',
      }),
    ).toBe(0);
    expect(
      await valueOf(sut, 'agora_mailer_mails_sent_total', { template: 'membership.invited' }),
    ).toBe(0);
  });

  it('counts a timed SMTP send as sent or failed under its template', async () => {
    const sut = new MailerMetrics({ defaultMetrics: false });

    sut.startSmtpSend('event.created')(true);
    sut.startSmtpSend('event.created')(true);
    sut.startSmtpSend('event.updated')(false);

    expect(await valueOf(sut, 'agora_mailer_mails_sent_total', { template: 'event.created' })).toBe(
      2,
    );
    expect(
      await valueOf(sut, 'agora_mailer_mails_failed_total', { template: 'event.updated' }),
    ).toBe(1);
    expect(
      await valueOf(sut, 'agora_mailer_smtp_send_duration_seconds', {
        outcome: 'sent',
        le: '+Inf',
      }),
    ).toBe(2);
    expect(
      await valueOf(sut, 'agora_mailer_smtp_send_duration_seconds', {
        outcome: 'failed',
        le: '+Inf',
      }),
    ).toBe(1);
  });

  it('files a message type the contract does not know under "unknown" (labels stay a bounded set)', async () => {
    const sut = new MailerMetrics({ defaultMetrics: false });

    sut.deadLetter('made.up-type', 'invalid-message');
    sut.messageConsumed('another/invented', 'dead_lettered');

    expect(
      await valueOf(sut, 'agora_mailer_dead_lettered_total', {
        type: 'unknown',
        reason: 'invalid-message',
      }),
    ).toBe(1);
    expect(
      await valueOf(sut, 'agora_mailer_messages_consumed_total', {
        type: 'unknown',
        outcome: 'dead_lettered',
      }),
    ).toBe(1);
    const exposition = await sut.registry.metrics();
    expect(exposition).not.toContain('made.up-type');
  });

  it('counts retries and duplicates by type', async () => {
    const sut = new MailerMetrics({ defaultMetrics: false });

    sut.retryScheduled('event.created');
    sut.duplicateSkipped('event.created');
    sut.duplicateSkipped('event.created', 2);
    sut.duplicateSkipped('event.created', 0);

    expect(await valueOf(sut, 'agora_mailer_retries_total', { type: 'event.created' })).toBe(1);
    expect(
      await valueOf(sut, 'agora_mailer_duplicates_skipped_total', { type: 'event.created' }),
    ).toBe(3);
  });
});

describe('startMetricsServer', () => {
  it('serves the registry on GET /metrics and nothing else', async () => {
    const metrics = new MailerMetrics();
    metrics.retryScheduled('event.updated');
    const server = await startMetricsServer({
      registry: metrics.registry,
      port: 0,
      host: '127.0.0.1',
    });
    try {
      const response = await fetch(`http://127.0.0.1:${server.port}/metrics`);
      const body = await response.text();

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(body).toContain('agora_mailer_retries_total{type="event.updated"} 1');
      expect(body).toMatch(/^process_cpu_user_seconds_total \d/m);
      expect((await fetch(`http://127.0.0.1:${server.port}/`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
