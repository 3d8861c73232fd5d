import { readFileSync } from 'node:fs';
import { EXCHANGE_NAME, REPORTS_EXCHANGE } from '@app/contracts';
import {
  BACKEND_REPORTS_DEAD_QUEUE,
  BACKEND_REPORTS_QUEUE,
  DEAD_LETTER_QUEUE,
  declareMailTopology,
  declareReportTopology,
  declareRetryQueues,
  MAILER_QUEUE,
  retryQueueName,
} from '@app/messaging';
import {
  BrokerCall,
  recordCalls,
  renderTopology,
  TOPOLOGY_FILE,
} from '../../scripts/compose/broker-definitions';
import { brokerUsers, load } from './compose-file';

type Permission = 'configure' | 'write' | 'read';
interface Access {
  permission: Permission;
  kind: 'exchange' | 'queue';
  name: string;
}

/**
 * What RabbitMQ checks for each call (rabbit_channel): a declaration needs `configure`; a queue
 * that does not exist yet and names a dead-letter exchange also needs `read` on itself and `write`
 * on that exchange; a binding needs `write` on the queue and `read` on the exchange. The default
 * exchange ('') is checked as `amq.default`. `existing` are the names the definitions create first.
 */
function accessFor(call: BrokerCall, existing: Set<string>): Access[] {
  const exchange = (name: string) => (name === '' ? 'amq.default' : name);
  switch (call.method) {
    case 'exchange.declare':
      return [{ permission: 'configure', kind: 'exchange', name: call.name }];
    case 'queue.declare': {
      const access: Access[] = [{ permission: 'configure', kind: 'queue', name: call.name }];
      const dlx = call.arguments['x-dead-letter-exchange'];
      if (typeof dlx === 'string' && !existing.has(call.name)) {
        access.push(
          { permission: 'read', kind: 'queue', name: call.name },
          { permission: 'write', kind: 'exchange', name: exchange(dlx) },
        );
      }
      return access;
    }
    case 'queue.bind':
      return [
        { permission: 'write', kind: 'queue', name: call.queue },
        { permission: 'read', kind: 'exchange', name: call.exchange },
      ];
  }
}

describe('RabbitMQ definitions (compose.yaml)', () => {
  const compose = load('compose.yaml');
  const { users, permissions } = brokerUsers(compose);
  const topology = JSON.parse(readFileSync(TOPOLOGY_FILE, 'utf8')) as {
    queues: { name: string }[];
  };
  const existing = new Set(topology.queues.map((queue) => queue.name));
  const allowed = (user: string, { permission, name }: Access) => {
    const entry = permissions.find((p) => p.user === user && p.vhost === '/');
    return entry !== undefined && new RegExp(entry[permission]).test(name);
  };
  const refusals = (user: string, accesses: Access[]) =>
    accesses.filter((access) => !allowed(user, access)).map((a) => `${a.permission} ${a.name}`);

  it('has its topology in step with @app/messaging (npx ts-node --swc -r tsconfig-paths/register scripts/compose/broker-definitions.ts)', async () => {
    expect(readFileSync(TOPOLOGY_FILE, 'utf8')).toBe(await renderTopology());
    expect(compose.configs?.['rabbitmq-topology']?.file).toBe('./rabbitmq/topology.json');
  });

  it('is a definitions document RabbitMQ imports: users with a password and tags, permissions on /', () => {
    for (const user of users) {
      expect(Object.keys(user).sort()).toEqual(['name', 'password', 'tags']);
    }
    expect(permissions.map((p) => p.user).sort()).toEqual(users.map((u) => u.name).sort());
    for (const entry of permissions) {
      expect(entry.vhost).toBe('/');
      for (const permission of ['configure', 'write', 'read'] as const) {
        // RabbitMQ matches anywhere in the name: an unanchored rule would grant more than it says.
        expect(entry[permission]).toMatch(/^\^.*\$$/);
        expect(() => new RegExp(entry[permission])).not.toThrow();
      }
    }
  });

  it('lets the backend declare the topology, publish events and consume its reports, and nothing else', async () => {
    const declared = (
      await recordCalls(async (channel) => {
        await declareMailTopology(channel);
        await declareReportTopology(channel);
      })
    ).flatMap((call) => accessFor(call, existing));
    const work: Access[] = [
      { permission: 'write', kind: 'exchange', name: EXCHANGE_NAME },
      { permission: 'read', kind: 'queue', name: BACKEND_REPORTS_QUEUE },
    ];
    expect(refusals('agora-backend', [...declared, ...work])).toEqual([]);
    expect(
      refusals('agora-backend', [
        { permission: 'write', kind: 'exchange', name: REPORTS_EXCHANGE },
        { permission: 'read', kind: 'queue', name: MAILER_QUEUE },
        { permission: 'read', kind: 'queue', name: DEAD_LETTER_QUEUE },
        { permission: 'write', kind: 'exchange', name: 'amq.default' },
        { permission: 'configure', kind: 'queue', name: retryQueueName(5000) },
        { permission: 'configure', kind: 'queue', name: 'amq.gen-anything' },
      ]),
    ).toHaveLength(6);
  });

  it('lets the mailer consume, retry and dead-letter its mail, report outcomes, and never publish an event', async () => {
    const declared = (
      await recordCalls(async (channel) => {
        await declareMailTopology(channel);
        await declareRetryQueues(channel, [5000, 30_000]);
        await declareReportTopology(channel);
      })
    ).flatMap((call) => accessFor(call, existing));
    const work: Access[] = [
      { permission: 'read', kind: 'queue', name: MAILER_QUEUE },
      { permission: 'read', kind: 'queue', name: DEAD_LETTER_QUEUE },
      // Retries, dead letters and replays go through the default exchange.
      { permission: 'write', kind: 'exchange', name: 'amq.default' },
      { permission: 'write', kind: 'exchange', name: REPORTS_EXCHANGE },
    ];
    expect(declared.some((access) => access.name === 'amq.default')).toBe(true);
    expect(refusals('agora-mailer', [...declared, ...work])).toEqual([]);
    expect(
      refusals('agora-mailer', [
        // Calendar replies go out as reports: the mailer can never forge an event.
        { permission: 'write', kind: 'exchange', name: EXCHANGE_NAME },
        { permission: 'configure', kind: 'queue', name: 'amq.gen-anything' },
        { permission: 'read', kind: 'queue', name: 'another.queue' },
        // The backend's reports are the backend's to read.
        { permission: 'read', kind: 'queue', name: BACKEND_REPORTS_QUEUE },
        { permission: 'read', kind: 'queue', name: BACKEND_REPORTS_DEAD_QUEUE },
      ]),
    ).toHaveLength(5);
  });
});
