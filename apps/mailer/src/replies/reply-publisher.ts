import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { AmqpConnectionManager, ChannelWrapper } from 'amqp-connection-manager';
import type { ConfirmChannel } from 'amqplib';
import { EXCHANGE_NAME, ReplyEnvelope, ReplyKey, RsvpReplied, rsvpRepliedSchema } from '@app/contracts';
import { connectBroker, declareReplyTopology } from '@app/messaging';
import { MailerConfig } from '../config/mailer-config';

/** A reply the SMTP client is kept waiting for at most this long; then it hears 451 and retries. */
const CONFIRM_TIMEOUT_MS = 10_000;

/**
 * Publishes what calendar replies say, persistent and confirmed by the broker, on a connection
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
  async publishRsvpReplied(data: RsvpReplied, correlationId: string): Promise<ReplyEnvelope> {
    const envelope: ReplyEnvelope = {
      id: randomUUID(),
      type: ReplyKey.RsvpReplied,
      occurredAt: new Date().toISOString(),
      correlationId,
      data: rsvpRepliedSchema.parse(data),
    };
    await this.channelOf().publish(EXCHANGE_NAME, envelope.type, Buffer.from(JSON.stringify(envelope)), {
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
      setup: (channel: ConfirmChannel) => declareReplyTopology(channel),
    });
    this.channel.on('error', (error: Error) => this.logger.error(`Broker channel error: ${error.message}`));
    return this.channel;
  }
}
