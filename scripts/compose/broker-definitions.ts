/**
 * The broker's topology for compose, in RabbitMQ's definitions format, derived from the code that
 * declares it. RabbitMQ imports it at boot (rabbitmq/topology.json), so the exchange and the
 * queues exist before any service connects; a service then only re-declares them, which needs no
 * more than `configure` on their names: the backend never needs to read a queue.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Channel } from 'amqplib';
import { declareMailTopology, declareReportTopology } from '@app/messaging';

/** Committed, and mounted into the broker container by compose.yaml. */
export const TOPOLOGY_FILE = join(__dirname, '..', '..', 'rabbitmq', 'topology.json');

/** One AMQP call a service makes, as the broker's access control sees it. */
export type BrokerCall =
  | { method: 'exchange.declare'; name: string; type: string; durable: boolean }
  | { method: 'queue.declare'; name: string; durable: boolean; arguments: Record<string, unknown> }
  | { method: 'queue.bind'; queue: string; exchange: string; routingKey: string };

/** Runs a topology function of @app/messaging against a channel that only writes down the calls. */
export async function recordCalls(
  declare: (channel: Channel) => Promise<void>,
): Promise<BrokerCall[]> {
  const calls: BrokerCall[] = [];
  const channel = {
    assertExchange: async (name: string, type: string, options?: { durable?: boolean }) => {
      calls.push({ method: 'exchange.declare', name, type, durable: options?.durable ?? true });
    },
    assertQueue: async (
      name: string,
      options?: { durable?: boolean; arguments?: Record<string, unknown> },
    ) => {
      calls.push({
        method: 'queue.declare',
        name,
        durable: options?.durable ?? true,
        arguments: options?.arguments ?? {},
      });
    },
    bindQueue: async (queue: string, exchange: string, routingKey: string) => {
      calls.push({ method: 'queue.bind', queue, exchange, routingKey });
    },
  } as unknown as Channel;
  await declare(channel);
  return calls;
}

/** Everything the services declare: the mail topology and the reports sent back to the backend. */
export async function declareAll(channel: Channel): Promise<void> {
  await declareMailTopology(channel);
  await declareReportTopology(channel);
}

/** The part of the broker's definitions that describes what `declareAll` declares. */
export function topologyDefinitions(calls: BrokerCall[]) {
  const vhost = '/';
  return {
    vhosts: [{ name: vhost }],
    exchanges: calls.flatMap((call) =>
      call.method === 'exchange.declare'
        ? [
            {
              name: call.name,
              vhost,
              type: call.type,
              durable: call.durable,
              auto_delete: false,
              internal: false,
              arguments: {},
            },
          ]
        : [],
    ),
    queues: calls.flatMap((call) =>
      call.method === 'queue.declare'
        ? [
            {
              name: call.name,
              vhost,
              durable: call.durable,
              auto_delete: false,
              arguments: call.arguments,
            },
          ]
        : [],
    ),
    bindings: calls.flatMap((call) =>
      call.method === 'queue.bind'
        ? [
            {
              source: call.exchange,
              vhost,
              destination: call.queue,
              destination_type: 'queue',
              routing_key: call.routingKey,
              arguments: {},
            },
          ]
        : [],
    ),
  };
}

export async function renderTopology(): Promise<string> {
  return `${JSON.stringify(topologyDefinitions(await recordCalls(declareAll)), null, 2)}\n`;
}

// `npx ts-node --swc -r tsconfig-paths/register scripts/compose/broker-definitions.ts` rewrites the file.
if (require.main === module) {
  void renderTopology().then((content) => writeFileSync(TOPOLOGY_FILE, content));
}
