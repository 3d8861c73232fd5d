import amqp, { AmqpConnectionManager } from 'amqp-connection-manager';

export interface BrokerConnectionOptions {
  /** Shown in the RabbitMQ management UI (`connection_name`). */
  name: string;
  /** First wait before reconnecting; doubles on every failure up to `maxReconnectDelayMs`. */
  minReconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
  heartbeatSeconds?: number;
}

/**
 * A connection that survives the broker going away: amqp-connection-manager reconnects and
 * re-runs every channel's setup (topology, consumers). It waits a fixed time between attempts,
 * so the growing part of the backoff is added here, in the server lookup it calls before each
 * attempt; a successful connection resets it.
 */
export function connectBroker(url: string, options: BrokerConnectionOptions): AmqpConnectionManager {
  const minDelay = options.minReconnectDelayMs ?? 250;
  const maxDelay = options.maxReconnectDelayMs ?? 5_000;
  let failures = 0;
  const connection = amqp.connect([url], {
    heartbeatIntervalInSeconds: options.heartbeatSeconds ?? 5,
    reconnectTimeInSeconds: minDelay / 1000,
    connectionOptions: { clientProperties: { connection_name: options.name } },
    findServers: async () => {
      if (failures > 0) {
        const extra = Math.min(maxDelay, minDelay * 2 ** failures) - minDelay;
        if (extra > 0) await new Promise((resolve) => setTimeout(resolve, extra));
      }
      return [url];
    },
  });
  connection.on('connect', () => {
    failures = 0;
  });
  connection.on('connectFailed', () => {
    failures += 1;
  });
  connection.on('disconnect', () => {
    failures += 1;
  });
  return connection;
}
