import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { AmqpConnectionManager, ChannelWrapper } from 'amqp-connection-manager';
import type { ConfirmChannel } from 'amqplib';
import { createReport, ReportEnvelope, ReportKey, REPORTS_EXCHANGE, RsvpReplied } from '@app/contracts';
import { connectBroker, declareReportTopology } from '@app/messaging';
import { MailerConfig } from '../config/mailer-config';

/** A reply the SMTP client is kept waiting for at most this long; then it hears 451 and retries. */
const CONFIRM_TIMEOUT_MS = 10_000;

/**
 * Publishes what calendar replies say as `rsvp.replied` reports on the reports exchange (the
 * backend's queue of reports takes them), persistent and confirmed by the broker, on a connection
 * of its own (the consumer's prefetch and reconnects stay its own business). Connects on first
 * use only: a mailer without an inbound listener never opens it.
 */
@Injectable()
export class ReplyPublisher implements OnApplicationShutdown {
  private readonly logger = new Logger(ReplyPublisher.name);
  private connection?: AmqpConnectionManager;
  private channel?: ChannelWrapper;

  constructor(private readonly config: MailerConfig) {}

  /** Resolves once the broker confirmed the message; rejects if it did not in time. */
  async publishRsvpReplied(
    data: RsvpReplied,
    correlationId: string,
  ): Promise<ReportEnvelope<typeof ReportKey.RsvpReplied>> {
    const envelope = createReport(ReportKey.RsvpReplied, data, { id: randomUUID(), correlationId });
    await this.channelOf().publish(REPORTS_EXCHANGE, envelope.type, Buffer.from(JSON.stringify(envelope)), {
      persistent: true,
      messageId: envelope.id,
      correlationId,
      type: envelope.type,
      contentType: 'application/json',
      timeout: CONFIRM_TIMEOUT_MS,
    });
    return envelope;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.channel?.close().catch(() => undefined);
    await this.connection?.close().catch(() => undefined);
  }

  private channelOf(): ChannelWrapper {
    if (this.channel) return this.channel;
    this.connection = connectBroker(this.config.amqpUrl, { name: 'agora-mailer-replies' });
    this.connection.on('connectFailed', ({ err }) => this.logger.warn(`Cannot reach the broker: ${err?.message}`));
    this.channel = this.connection.createChannel({
      name: 'replies',
      confirm: true,
      setup: (channel: ConfirmChannel) => declareReportTopology(channel),
    });
    this.channel.on('error', (error: Error) => this.logger.error(`Broker channel error: ${error.message}`));
    return this.channel;
  }
}
