import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { AmqpConnectionManager, ChannelWrapper, CreateChannelOpts } from 'amqp-connection-manager';
import type { ConfirmChannel } from 'amqplib';
import { connectBroker, declareMailTopology } from '@app/messaging';
import { AppConfig } from '../config/app-config';

export interface PublishedMessage {
  exchange: string;
  routingKey: string;
  content: Buffer;
  messageId: string;
  correlationId: string;
  type: string;
  timestamp: Date;
}

/** How long one publish may wait for the broker's confirm before it counts as failed. */
const CONFIRM_TIMEOUT_MS = 10_000;

/**
 * The backend's connection to RabbitMQ, opened on first use. It reconnects with backoff while the
 * broker is away (the HTTP API does not depend on it) and declares the topology on every connect.
 */
@Injectable()
export class BrokerService implements OnApplicationShutdown {
  private readonly logger = new Logger(BrokerService.name);
  private connection?: AmqpConnectionManager;
  private channel?: ChannelWrapper;
  private channelReady = false;

  constructor(private readonly config: AppConfig) {}

  get started(): boolean {
    return this.channel !== undefined;
  }

  /** The one connection of this process, opened on first use; publisher and consumers share it. */
  private connect(): AmqpConnectionManager {
    if (this.connection) return this.connection;
    this.connection = connectBroker(this.config.amqpUrl, { name: 'agora-backend' });
    this.connection.on('connect', () => this.logger.log('Connected to the broker'));
    this.connection.on('connectFailed', ({ err }) => this.logger.warn(`Cannot reach the broker: ${err?.message}`));
    this.connection.on('disconnect', ({ err }) => {
      this.channelReady = false;
      this.logger.warn(`Disconnected from the broker: ${err?.message ?? 'closed'}`);
    });
    return this.connection;
  }

  /** A channel of its own on the shared connection (consumers), re-created after every reconnect. */
  createChannel(options: CreateChannelOpts): ChannelWrapper {
    return this.connect().createChannel(options);
  }

  /** Connects (in the background) and calls `onReady` each time the channel is usable again. */
  start(onReady: () => void): void {
    if (this.channel) return;
    this.channel = this.connect().createChannel({
      name: 'outbox-publisher',
      confirm: true,
      publishTimeout: CONFIRM_TIMEOUT_MS,
      setup: (channel: ConfirmChannel) => declareMailTopology(channel),
    });
    this.channel.on('connect', () => {
      this.channelReady = true;
      onReady();
    });
    this.channel.on('close', () => {
      this.channelReady = false;
    });
    this.channel.on('error', (error: Error) => {
      this.channelReady = false;
      this.logger.error(`Broker channel setup failed: ${error.message}`);
    });
  }

  /** True when the connection is up and the topology has been declared on it. */
  isReady(): boolean {
    return this.channelReady && (this.connection?.isConnected() ?? false);
  }

  /** Resolves once the broker has confirmed the message (persisted and routed). */
  async publish(message: PublishedMessage): Promise<void> {
    if (!this.channel || !this.isReady()) throw new Error('The broker is not connected');
    await this.channel.publish(message.exchange, message.routingKey, message.content, {
      persistent: true,
      contentType: 'application/json',
      messageId: message.messageId,
      correlationId: message.correlationId,
      type: message.type,
      timestamp: Math.floor(message.timestamp.getTime() / 1000),
      appId: 'agora-backend',
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.channel?.close().catch(() => undefined);
    await this.connection?.close().catch(() => undefined);
  }
}
