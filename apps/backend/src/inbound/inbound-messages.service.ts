import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { ChannelWrapper } from 'amqp-connection-manager';
import type { ConfirmChannel, ConsumeMessage } from 'amqplib';
import { parseReport, ReportEnvelope, ReportKey } from '@app/contracts';
import { BACKEND_REPORTS_QUEUE, declareReportTopology } from '@app/messaging';
import { AppConfig } from '../config/app-config';
import { BrokerService } from '../messaging/broker.service';
import { InboundMetrics } from '../metrics/domain-metrics';

export type InboundHandler<K extends ReportKey> = (envelope: ReportEnvelope<K>) => Promise<void>;

/** Messages in hand at once. */
const PREFETCH = 16;
/**
 * Wait before handing a message whose handler failed back to the broker: without it, a database
 * outage would spin through redeliveries. The queue's delivery limit dead-letters a message that
 * keeps failing.
 */
const REDELIVERY_DELAY_MS = 1_000;

/**
 * The backend's consumer of `agora.backend.reports`. Features register a handler per routing key
 * (`inbound.on(ReportKey.MailSent, (report) => …)`, from their own `onModuleInit`); the envelope
 * and payload are validated against `@app/contracts` before any handler sees them. A message is
 * acknowledged only after its handler resolved; an invalid one is rejected without requeue, so the
 * broker dead-letters it to `agora.backend.reports.dead`; a valid one nobody handles is acked and
 * counted. Nothing a message contains can stop consumption.
 */
@Injectable()
export class InboundMessages implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(InboundMessages.name);
  private readonly handlers = new Map<ReportKey, InboundHandler<ReportKey>>();
  private channel?: ChannelWrapper;
  /** Incremented on every new underlying channel: a delivery tag is only valid on its own. */
  private generation = 0;
  private stopping = false;
  private readonly handling = new Set<Promise<void>>();

  constructor(
    private readonly config: AppConfig,
    private readonly broker: BrokerService,
    private readonly metrics: InboundMetrics,
  ) {}

  /** Registers the handler of one routing key; a second handler for the same key is a bug. */
  on<K extends ReportKey>(type: K, handler: InboundHandler<K>): void {
    if (this.handlers.has(type))
      throw new Error(`Two handlers for inbound messages of type ${type}`);
    this.handlers.set(type, handler as InboundHandler<ReportKey>);
  }

  onApplicationBootstrap(): void {
    // The instance that does not talk to the broker (OUTBOX_RELAY_ENABLED=false) consumes nothing either.
    if (!this.config.outboxRelayEnabled) return;
    this.channel = this.broker.createChannel({
      name: 'inbound',
      confirm: true,
      setup: async (channel: ConfirmChannel) => {
        this.generation += 1;
        await declareReportTopology(channel);
      },
    });
    this.channel.on('error', (error: Error) =>
      this.logger.error(`Inbound channel error: ${error.message}`),
    );
    this.channel
      .consume(BACKEND_REPORTS_QUEUE, (message) => this.track(this.receive(message)), {
        noAck: false,
        prefetch: PREFETCH,
      })
      .catch((error: Error) => {
        // Stopped before the broker confirmed the consumer (a quick restart): nothing is lost,
        // the reports stay queued for the next process.
        if (!this.stopping) this.logger.error(`Cannot consume reports: ${error.message}`);
      });
  }

  /** Resolves once the consumer is registered with the broker. */
  async waitForConnect(): Promise<void> {
    await this.channel?.waitForConnect();
  }

  private track(work: Promise<void>): void {
    this.handling.add(work);
    void work.finally(() => this.handling.delete(work));
  }

  private async receive(message: ConsumeMessage): Promise<void> {
    const generation = this.generation;
    let parsed: ReturnType<typeof parseReport>;
    try {
      parsed = parseReport(JSON.parse(message.content.toString('utf8')));
    } catch (error) {
      parsed = { ok: false, error: (error as Error).message };
    }
    if (parsed.ok && parsed.envelope.type !== message.fields.routingKey)
      parsed = {
        ok: false,
        error: `type ${parsed.envelope.type} sent as ${message.fields.routingKey}`,
      };
    if (!parsed.ok) {
      this.logger.warn(
        `Dead-lettering an invalid inbound message ${message.properties.messageId ?? '(no id)'}: ${parsed.error}`,
      );
      this.metrics.message(undefined, 'invalid');
      this.settle(message, generation, 'reject');
      return;
    }
    const { envelope } = parsed;
    const handler = this.handlers.get(envelope.type);
    if (!handler) {
      this.metrics.message(envelope.type, 'unhandled');
      this.settle(message, generation, 'ack');
      return;
    }
    try {
      await handler(envelope);
    } catch (error) {
      this.logger.error(
        `Inbound ${envelope.type} ${envelope.id} failed, redelivering it: ${(error as Error).message}`,
      );
      this.metrics.message(envelope.type, 'failed');
      await new Promise((resolve) => setTimeout(resolve, REDELIVERY_DELAY_MS));
      this.settle(message, generation, 'requeue');
      return;
    }
    this.metrics.message(envelope.type, 'handled');
    this.settle(message, generation, 'ack');
  }

  private settle(
    message: ConsumeMessage,
    generation: number,
    how: 'ack' | 'reject' | 'requeue',
  ): void {
    // After a reconnect the broker has already requeued this delivery: its tag means nothing now.
    if (!this.channel || generation !== this.generation) return;
    if (how === 'ack') this.channel.ack(message);
    else this.channel.nack(message, false, how === 'requeue');
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (!this.channel) return;
    await this.channel.cancelAll().catch(() => undefined);
    await Promise.allSettled([...this.handling]);
    await this.channel.close().catch(() => undefined);
  }
}
