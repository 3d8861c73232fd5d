import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { AmqpConnectionManager, ChannelWrapper } from 'amqp-connection-manager';
import type { ConfirmChannel, ConsumeMessage } from 'amqplib';
import { CalendarInputError } from '@app/calendar';
import { AnyEnvelope, parseEnvelope } from '@app/contracts';
import {
  ATTEMPT_HEADER,
  connectBroker,
  DEAD_LETTER_QUEUE,
  DEATH_REASON_HEADER,
  DeathReason,
  declareMailTopology,
  declareRetryQueues,
  LAST_ERROR_HEADER,
  MAILER_QUEUE,
  retryQueueName,
} from '@app/messaging';
import { MailerMetrics } from '../metrics/mailer-metrics';
import { MailerConfig } from '../config/mailer-config';
import { DeliverMessage } from '../delivery/deliver-message';
import { ReportRelay } from '../reports/report-relay';

/** A message's type for the metrics: its `type` property, else its routing key (unknown ones count as `unknown`). */
const typeOf = (message: ConsumeMessage): string => String(message.properties.type ?? message.fields.routingKey);

/**
 * Consumes the mailer queue with manual acks. A message is acknowledged only once it is settled:
 * every recipient accepted by SMTP (or refused for good), or the message safely moved — with a
 * publisher confirm — to a retry queue or the dead-letter queue. If the mailer dies before that,
 * the broker redelivers the message and the delivery records skip whoever was already mailed.
 */
@Injectable()
export class MailConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailConsumer.name);
  private connection?: AmqpConnectionManager;
  private channel?: ChannelWrapper;
  /** Incremented on every new underlying channel: a delivery tag is only valid on its own. */
  private channelGeneration = 0;
  /** Messages being worked on, by id: a redelivery waits for the first copy to finish. */
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly handling = new Set<Promise<void>>();

  constructor(
    private readonly config: MailerConfig,
    private readonly deliver: DeliverMessage,
    private readonly metrics: MailerMetrics,
    private readonly reports: ReportRelay,
  ) {}

  onApplicationBootstrap(): void {
    this.connection = connectBroker(this.config.amqpUrl, { name: 'agora-mailer' });
    this.connection.on('connect', () => this.logger.log('Connected to the broker'));
    this.connection.on('disconnect', ({ err }) =>
      this.logger.warn(`Disconnected from the broker: ${err?.message ?? 'closed'}`),
    );
    this.connection.on('connectFailed', ({ err }) => this.logger.warn(`Cannot reach the broker: ${err?.message}`));
    this.channel = this.connection.createChannel({
      name: 'mailer',
      confirm: true,
      setup: async (channel: ConfirmChannel) => {
        this.channelGeneration += 1;
        await declareMailTopology(channel);
        await declareRetryQueues(channel, this.config.retryDelaysMs);
      },
    });
    this.channel.on('error', (error: Error) => this.logger.error(`Broker channel error: ${error.message}`));
    this.reports.start(this.connection);
    this.channel
      .consume(MAILER_QUEUE, (message) => this.track(this.onMessage(message)), {
        noAck: false,
        prefetch: this.config.prefetch,
      })
      // Stopped before the broker confirmed the consumer: the messages stay queued for the next one.
      .catch((error: Error) => this.logger.warn(`Consumer not registered: ${error.message}`));
  }

  /** Resolves once the consumer is registered with the broker (used by tests and start-up logs). */
  async waitForConnect(): Promise<void> {
    await this.channel?.waitForConnect();
    await this.reports.waitForConnect();
  }

  private track(work: Promise<void>): void {
    this.handling.add(work);
    void work.finally(() => {
      this.handling.delete(work);
      // The outcomes of this message are recorded: send their reports now rather than at the poll.
      this.reports.wake();
    });
  }

  private async onMessage(message: ConsumeMessage): Promise<void> {
    const generation = this.channelGeneration;
    const id = message.properties.messageId as string | undefined;
    const previous = id ? this.inFlight.get(id) : undefined;
    const work = (async () => {
      await previous?.catch(() => undefined);
      await this.handle(message, generation);
    })();
    if (id) {
      this.inFlight.set(id, work);
      void work.finally(() => {
        if (this.inFlight.get(id) === work) this.inFlight.delete(id);
      });
    }
    await work.catch((error: Error) => this.logger.error(`Unexpected failure handling a message: ${error.stack ?? error.message}`));
  }

  private async handle(message: ConsumeMessage, generation: number): Promise<void> {
    const attempt = Number(message.properties.headers?.[ATTEMPT_HEADER] ?? 1) || 1;
    let envelope: AnyEnvelope;
    try {
      const parsed = parseEnvelope(JSON.parse(message.content.toString('utf8')));
      if (!parsed.ok) throw new Error(parsed.error);
      envelope = parsed.envelope;
    } catch (error) {
      this.logger.warn(`Dead-lettering an invalid message ${message.properties.messageId ?? '(no id)'}: ${(error as Error).message}`);
      await this.settle(message, generation, { to: 'dead', reason: 'invalid-message', error: (error as Error).message });
      return;
    }

    let failure: string | undefined;
    try {
      const outcome = await this.deliver.execute(envelope);
      if (outcome.failed > 0) failure = `${outcome.failed} recipient(s) failed: ${outcome.lastError}`;
    } catch (error) {
      if (error instanceof CalendarInputError) {
        // The message itself cannot be mailed (an event no calendar can hold): no retry would help.
        this.logger.warn(`Dead-lettering message ${envelope.id} (${envelope.type}) that cannot be mailed: ${error.message}`);
        await this.settle(message, generation, { to: 'dead', reason: 'invalid-message', error: error.message });
        return;
      }
      failure = (error as Error).message;
    }
    if (!failure) {
      await this.settle(message, generation, { to: 'done' });
    } else if (attempt <= this.config.retryDelaysMs.length) {
      const delay = this.config.retryDelaysMs[attempt - 1];
      this.logger.warn(`Message ${envelope.id} (${envelope.type}), attempt ${attempt}: ${failure}; retrying in ${delay} ms`);
      await this.settle(message, generation, { to: 'retry', delayMs: delay, nextAttempt: attempt + 1, error: failure });
    } else {
      this.logger.error(`Message ${envelope.id} (${envelope.type}) failed ${attempt} times, dead-lettering it: ${failure}`);
      try {
        await this.deliver.reportDead(envelope, failure);
      } catch (error) {
        // Without its reports the ledger would show these recipients as failed forever: try again later.
        this.logger.error(`Could not record the dead letter reports of ${envelope.id}: ${(error as Error).message}`);
        if (generation === this.channelGeneration) this.channel?.nack(message, false, true);
        return;
      }
      await this.settle(message, generation, { to: 'dead', reason: 'attempts-exhausted', error: failure });
    }
  }

  private async settle(
    message: ConsumeMessage,
    generation: number,
    how:
      | { to: 'done' }
      | { to: 'retry'; delayMs: number; nextAttempt: number; error: string }
      | { to: 'dead'; reason: DeathReason; error: string },
  ): Promise<void> {
    const channel = this.channel;
    if (!channel) return;
    try {
      if (how.to === 'retry') {
        await channel.sendToQueue(retryQueueName(how.delayMs), message.content, {
          ...this.copyProperties(message),
          headers: { ...message.properties.headers, [ATTEMPT_HEADER]: how.nextAttempt, [LAST_ERROR_HEADER]: how.error.slice(0, 1000) },
        });
        this.metrics.retryScheduled(typeOf(message));
      } else if (how.to === 'dead') {
        await channel.sendToQueue(DEAD_LETTER_QUEUE, message.content, {
          ...this.copyProperties(message),
          headers: {
            ...message.properties.headers,
            [DEATH_REASON_HEADER]: how.reason,
            [LAST_ERROR_HEADER]: how.error.slice(0, 1000),
          },
        });
        this.metrics.deadLetter(typeOf(message), how.reason);
      }
    } catch (error) {
      // Not moved: leave the message unacknowledged so the broker hands it out again.
      this.logger.error(`Could not move message ${message.properties.messageId}: ${(error as Error).message}`);
      if (generation === this.channelGeneration) channel.nack(message, false, true);
      return;
    }
    // After a reconnect the broker has already requeued this delivery; its old tag means nothing
    // on the new channel (and would close it), so there is nothing left to acknowledge.
    if (generation !== this.channelGeneration) return;
    channel.ack(message);
    this.metrics.messageConsumed(typeOf(message), ({ done: 'processed', retry: 'retried', dead: 'dead_lettered' } as const)[how.to]);
  }

  private copyProperties(message: ConsumeMessage) {
    const { messageId, correlationId, contentType, type, timestamp, appId } = message.properties;
    return { persistent: true, messageId, correlationId, contentType, type, timestamp, appId };
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.channel) return;
    await this.channel.cancelAll().catch(() => undefined);
    await Promise.allSettled([...this.handling]);
    await this.channel.close().catch(() => undefined);
    await this.connection?.close().catch(() => undefined);
  }
}
