/**
 * `npm run bench:mailer [-- --smoke]`: an event for a 10 000-member association (500 with
 * --smoke), from the commit of its outbox row to the last SMTP acceptance by a local sink, through
 * the real relay, RabbitMQ and the mailer running as its own process. Also measures the outbox lag
 * (commit → publish confirmed) of single messages on an idle system. Prints a summary and, as
 * its last line, the result as JSON. See docs/messaging.md.
 */
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { RoutingKey } from '@app/contracts';
import { SmtpSink } from '@app/messaging/testing/smtp-sink';
import { TestVhost } from '@app/messaging/testing/rabbitmq-vhost';
import { waitFor } from '@app/messaging/testing/eventually';
import { createApp } from '../apps/backend/src/bootstrap';
import { AppConfig } from '../apps/backend/src/config/app-config';
import { typeOrmOptions } from '../apps/backend/src/database/typeorm-options';
import { OutboxService } from '../apps/backend/src/outbox/outbox.service';
import { MailerProcess } from '../apps/mailer/test/support/mailer-process';

const smoke = process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1';
const MEMBERS = smoke ? 500 : 10_000;
const LAG_SAMPLES = smoke ? 50 : 200;
const SERVER = process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

function rssMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith(field));
    return line ? Number(line.replace(/\D+/g, '')) / 1024 : 0;
  } catch {
    return 0;
  }
}

async function admin(sql: string): Promise<void> {
  const dataSource = new DataSource({ type: 'postgres', url: `${SERVER}/postgres` });
  await dataSource.initialize();
  try {
    await dataSource.query(sql);
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  const databaseName = `agora_bench_mailer_${randomBytes(4).toString('hex')}`;
  const databaseUrl = `${SERVER}/${databaseName}`;
  const vhost = await TestVhost.create();
  await admin(`CREATE DATABASE "${databaseName}"`);
  let lastAcceptance = 0;
  const sink = new SmtpSink({ envelopeOnly: true, beforeAccept: () => void (lastAcceptance = Date.now()) });
  await sink.start();
  // The backend reads its configuration from the environment: point it at this run's database and vhost.
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    AMQP_URL: vhost.url,
    OUTBOX_RELAY_ENABLED: 'true',
  });
  const config = AppConfig.fromEnvironment(process.env);
  const migrator = new DataSource(typeOrmOptions(config));
  await migrator.initialize();
  await migrator.runMigrations({ transaction: 'each' });
  await migrator.destroy();

  const backend = await createApp(config);
  await backend.init();
  const mailer = new MailerProcess({
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.BENCH_MAILER_LOG_LEVEL ?? 'warn',
    AMQP_URL: vhost.url,
    SMTP_URL: sink.url,
    MAILER_DATABASE_URL: databaseUrl,
    MAIL_FROM: 'Agora <no-reply@agora.bench>',
    // Production refuses the example secret that signs reply addresses.
    MAIL_REPLY_SECRET: randomBytes(32).toString('hex'),
    MAILER_CONCURRENCY: process.env.MAILER_CONCURRENCY ?? '32',
    MAILER_SMTP_POOL_SIZE: process.env.MAILER_SMTP_POOL_SIZE ?? '8',
    // A free port of its own: the stack's mailer, running beside the benchmark, holds the default
    // one. Served rather than switched off, so the benchmark pays what a deployed mailer pays.
    MAILER_METRICS_PORT: '0',
    // The heap cap we recommend for the mailer (docs/messaging.md); override to compare.
    NODE_OPTIONS: process.env.BENCH_MAILER_NODE_OPTIONS ?? '--max-old-space-size=128',
  });
  const dataSource = backend.get(DataSource);
  const outbox = backend.get(OutboxService);
  try {
    mailer.start();
    // Warm-up: one mail through the whole chain, so start-up is not measured.
    await dataSource.transaction((manager) =>
      outbox.enqueue(manager, RoutingKey.AccountVerificationRequested, {
        recipient: { email: 'warm-up@example.org', name: 'Warm Up', locale: 'en' },
        verifyUrl: 'http://agora.bench/verify?token=warm',
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      }),
    );
    await waitFor(() => sink.mails.length, (count) => count === 1, { what: 'the warm-up mail', timeoutMs: 120_000 });
    const pid = mailer.pid!;
    const idleRssMb = rssMb(pid, 'VmRSS');

    const recipients = Array.from({ length: MEMBERS }, (_, index) => ({
      email: `member-${index}@example.org`,
      name: `Member ${index}`,
      locale: (index % 3 === 0 ? 'fr' : 'en') as 'en' | 'fr',
    }));
    let peakRssMb = idleRssMb;
    const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, rssMb(pid, 'VmRSS'))), 50);
    const committedAt = await dataSource.transaction(async (manager) => {
      await outbox.enqueue(manager, RoutingKey.EventCreated, {
        event: {
          uid: `${randomUUID()}@agora.bench`,
          sequence: 0,
          title: 'Assemblée générale annuelle',
          description: 'Ordre du jour : rapport moral, budget, élections.',
          location: 'Salle des fêtes',
          startsAt: '2026-12-15T17:30:00.000Z',
          endsAt: '2026-12-15T19:30:00.000Z',
          timeZone: 'Europe/Paris',
          url: 'http://agora.bench/events/1',
        },
        association: { id: randomUUID(), name: 'Bench association' },
        organizer: { name: 'Ada Admin', email: 'ada@example.org' },
        recipients,
      });
      return () => Date.now();
    }).then((now) => now());
    await waitFor(() => sink.mails.length, (count) => count >= MEMBERS + 1, { what: `${MEMBERS} mails`, timeoutMs: 600_000, intervalMs: 20 });
    clearInterval(sampler);
    peakRssMb = Math.max(peakRssMb, rssMb(pid, 'VmHWM'));
    const totalSeconds = (lastAcceptance - committedAt) / 1000;
    const uniqueRecipients = sink.countsByRecipient().size - 1;

    // Idle outbox lag: single messages, one transaction each, spaced out.
    await sleep(2000);
    const ids: string[] = [];
    for (let index = 0; index < LAG_SAMPLES; index += 1) {
      const row = await dataSource.transaction((manager) =>
        outbox.enqueue(manager, RoutingKey.AccountVerificationRequested, {
          recipient: { email: `lag-${index}@example.org`, name: 'Lag', locale: 'en' },
          verifyUrl: `http://agora.bench/verify?token=lag${index}`,
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        }),
      );
      ids.push(row.id);
      await sleep(25);
    }
    const lags: number[] = await waitFor(
      async () =>
        (
          await dataSource.query(
            `SELECT extract(epoch FROM published_at - created_at) * 1000 AS lag FROM outbox WHERE id = ANY($1::uuid[]) AND published_at IS NOT NULL`,
            [ids],
          )
        ).map((row: { lag: string }) => Number(row.lag)),
      (values) => values.length === ids.length,
      { what: 'the lag samples to be published' },
    );
    lags.sort((a, b) => a - b);

    const result = {
      benchmark: 'mailer',
      smoke,
      members: MEMBERS,
      mailsDelivered: uniqueRecipients,
      totalSeconds: round(totalSeconds, 2),
      mailsPerSecond: round(MEMBERS / totalSeconds, 0),
      mailerRssMb: { idle: round(idleRssMb), peak: round(peakRssMb) },
      outboxLagMs: { samples: lags.length, p50: round(quantile(lags, 0.5), 2), p99: round(quantile(lags, 0.99), 2), max: round(lags[lags.length - 1], 2) },
      targets: { mailsPerSecond: 500, peakRssMb: 256, outboxLagP99Ms: 100 },
      notes: 'mailer run as its own process under ts-node (SWC); SMTP sink in the benchmark process; 2 cores shared by PostgreSQL, RabbitMQ, the backend, the mailer and the sink',
    };
    console.log(
      [
        `Event for ${MEMBERS} members: ${result.mailsDelivered} mails in ${result.totalSeconds} s = ${result.mailsPerSecond} mails/s (commit → last SMTP acceptance)`,
        `Mailer RSS: ${result.mailerRssMb.idle} MB idle, ${result.mailerRssMb.peak} MB peak`,
        `Outbox lag (idle, ${lags.length} single messages): p50 ${result.outboxLagMs.p50} ms, p99 ${result.outboxLagMs.p99} ms, max ${result.outboxLagMs.max} ms`,
      ].join('\n'),
    );
    console.log(JSON.stringify(result));
  } catch (error) {
    console.error(`Mailer output:\n${mailer.output.slice(-3000)}`);
    console.error('Queues:', await vhost.queueDepths().catch(() => ({})));
    console.error('Outbox:', await dataSource.query(`SELECT id, published_at, attempts, last_error FROM outbox`).catch(() => []));
    throw error;
  } finally {
    await mailer.kill('SIGTERM');
    await backend.close();
    await sink.close();
    await vhost.delete().catch(() => undefined);
    await admin(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  },
);
