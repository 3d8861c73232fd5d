import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import amqplib from 'amqplib';
import { Client } from 'pg';
import { AnyEnvelope, createEnvelope, EXCHANGE_NAME, PayloadOf, RoutingKey } from '@app/contracts';
import { declareMailTopology } from '@app/messaging';
import { SmtpSink, SmtpSinkOptions } from '@app/messaging/testing/smtp-sink';
import { TestVhost, whenBrokerRuns } from '@app/messaging/testing/rabbitmq-vhost';
import {
  createTestDatabase,
  databaseUrl,
  dropDatabase,
} from '../../../backend/test/support/databases';
import { parseExposition } from '../../../backend/test/support/exposition';
import { bootstrapMailer } from '../../src/bootstrap';
import { MailerConfig } from '../../src/config/mailer-config';
import { MailConsumer } from '../../src/consumer/mail-consumer';
import { MailerMetricsServer } from '../../src/metrics/mailer-metrics.module';
import { InboundReplies } from '../../src/replies/inbound-replies';

/**
 * Everything a mailer test needs, all real: a RabbitMQ vhost, a PostgreSQL database, an SMTP
 * server, and the mailer itself (started on demand, in this process or as a child).
 */
export class MailerHarness {
  mailer?: INestApplicationContext;
  private publisher?: { connection: amqplib.ChannelModel; channel: amqplib.ConfirmChannel };

  private constructor(
    readonly vhost: TestVhost,
    readonly databaseName: string,
    readonly smtp: SmtpSink,
  ) {}

  static async create(smtpOptions: SmtpSinkOptions = {}): Promise<MailerHarness> {
    const [vhost, databaseName] = await Promise.all([TestVhost.create(), createTestDatabase()]);
    const smtp = new SmtpSink(smtpOptions);
    await smtp.start();
    return new MailerHarness(vhost, databaseName, smtp);
  }

  get databaseUrl(): string {
    return databaseUrl(this.databaseName);
  }

  /** The mailer's environment for this harness. */
  environment(overrides: Record<string, string> = {}): Record<string, string> {
    return {
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.MAILER_TEST_LOG_LEVEL ?? 'silent',
      AMQP_URL: this.vhost.url,
      SMTP_URL: this.smtp.url,
      MAILER_DATABASE_URL: this.databaseUrl,
      MAIL_FROM: 'Agora <no-reply@agora.test>',
      MAILER_RETRY_DELAYS_MS: '200,400,800',
      MAILER_METRICS_PORT: '0',
      ...overrides,
    };
  }

  async startMailer(overrides: Record<string, string> = {}): Promise<INestApplicationContext> {
    this.mailer = await bootstrapMailer(MailerConfig.fromEnvironment(this.environment(overrides)));
    await this.mailer.get(MailConsumer).waitForConnect();
    return this.mailer;
  }

  /** The port of the running mailer's inbound SMTP listener (started with MAIL_INBOUND_PORT). */
  get inboundPort(): number {
    const port = this.mailer?.get(InboundReplies).port;
    if (port === undefined) throw new Error('the mailer listens for no replies');
    return port;
  }

  /** `host:port` of the running mailer's `GET /metrics`, as a Prometheus scrape target. */
  get metricsAddress(): string {
    if (!this.mailer) throw new Error('the mailer is not running');
    return `127.0.0.1:${this.mailer.get(MailerMetricsServer).port}`;
  }

  /**
   * The sum of the samples of `name` whose labels include `labels`, read from the running mailer's
   * own `GET /metrics`, as Prometheus reads it.
   */
  async metric(name: string, labels: Record<string, string> = {}): Promise<number> {
    const response = await fetch(`http://${this.metricsAddress}/metrics`);
    if (!response.ok) throw new Error(`GET /metrics answered ${response.status}`);
    return parseExposition(await response.text())
      .filter((sample) => sample.name === name)
      .filter((sample) =>
        Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
      )
      .reduce((sum, sample) => sum + sample.value, 0);
  }

  async stopMailer(): Promise<void> {
    await this.mailer?.close();
    this.mailer = undefined;
  }

  /** Publishes as the backend's relay does: persistent, confirmed, on the topic exchange. */
  async publish(
    envelope: AnyEnvelope | { raw: Buffer; routingKey: string; messageId?: string },
  ): Promise<void> {
    await whenBrokerRuns(async () => {
      try {
        await this.publishOnce(envelope);
      } catch (error) {
        // The broker went away (another suite's fault test): reconnect and publish again.
        await this.publisher?.connection.close().catch(() => undefined);
        this.publisher = undefined;
        throw error;
      }
    });
  }

  private async publishOnce(
    envelope: AnyEnvelope | { raw: Buffer; routingKey: string; messageId?: string },
  ): Promise<void> {
    if (!this.publisher) {
      const connection = await amqplib.connect(this.vhost.url);
      connection.on('error', () => undefined);
      const channel = await connection.createConfirmChannel();
      channel.on('error', () => undefined);
      // As the backend does: nothing published is unroutable, even before a mailer starts.
      await declareMailTopology(channel);
      this.publisher = { connection, channel };
    }
    const { channel } = this.publisher;
    if ('raw' in envelope) {
      channel.publish(EXCHANGE_NAME, envelope.routingKey, envelope.raw, {
        persistent: true,
        messageId: envelope.messageId,
      });
    } else {
      channel.publish(EXCHANGE_NAME, envelope.type, Buffer.from(JSON.stringify(envelope)), {
        persistent: true,
        messageId: envelope.id,
        correlationId: envelope.correlationId,
        // The relay names the type: once a message has been through a retry queue, its routing
        // key no longer does, and the mailer's metrics label it by this property.
        type: envelope.type,
        contentType: 'application/json',
      });
    }
    await channel.waitForConfirms();
  }

  envelope<K extends RoutingKey>(type: K, data: PayloadOf<K>): AnyEnvelope {
    return createEnvelope(type, data, {
      id: randomUUID(),
      correlationId: randomUUID(),
    }) as AnyEnvelope;
  }

  async deliveryRows(
    messageId: string,
  ): Promise<{ recipient: string; status: string; attempts: number }[]> {
    const client = new Client({ connectionString: this.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT recipient, status, attempts FROM mailer.deliveries WHERE message_id = $1 ORDER BY recipient`,
        [messageId],
      );
      return rows;
    } finally {
      await client.end();
    }
  }

  async close(): Promise<void> {
    await this.stopMailer().catch(() => undefined);
    await this.publisher?.connection.close().catch(() => undefined);
    await this.smtp.close();
    await this.vhost.delete().catch(() => undefined);
    await dropDatabase(this.databaseName);
  }
}

export function member(index: number, locale: 'en' | 'fr' = 'en') {
  return { email: `member-${index}@example.org`, name: `Member ${index}`, locale };
}
