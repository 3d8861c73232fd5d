import { randomUUID } from 'node:crypto';
import amqplib from 'amqplib';
import { parseEnvelope, RoutingKey, VerificationRequested } from '@app/contracts';
import { MAILER_QUEUE } from '@app/messaging';
import { waitFor } from '@app/messaging/testing/eventually';
import { TestVhost, whenBrokerRuns } from '@app/messaging/testing/rabbitmq-vhost';
import { OutboxMessage } from '../src/outbox/outbox-message.entity';
import { OutboxRelayService } from '../src/outbox/outbox-relay.service';
import { OutboxService } from '../src/outbox/outbox.service';
import { TestApp } from './support/test-app';

function verification(email: string): VerificationRequested {
  return {
    recipient: { email, name: 'Ada Lovelace', locale: 'en' },
    verifyUrl: `http://agora.test/verify?token=${randomUUID()}`,
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  };
}

// Real services: creating a vhost and a database, or waiting for retries, takes seconds.
jest.setTimeout(120_000);

describe('outbox relay', () => {
  let vhost: TestVhost;
  let sut: TestApp;
  let connection: amqplib.ChannelModel | undefined;
  let channel: amqplib.Channel | undefined;

  beforeAll(async () => {
    vhost = await TestVhost.create();
    sut = await TestApp.start({ OUTBOX_RELAY_ENABLED: 'true', AMQP_URL: vhost.url, OUTBOX_RELAY_POLL_MS: '60000' });
  });

  afterAll(async () => {
    await connection?.close().catch(() => undefined);
    await sut?.close();
    await vhost?.delete();
  });

  const enqueue = (emails: string[]) =>
    sut.dataSource.transaction(async (manager) => {
      const outbox = sut.get(OutboxService);
      const rows: OutboxMessage[] = [];
      for (const email of emails) rows.push(await outbox.enqueue(manager, RoutingKey.AccountVerificationRequested, verification(email)));
      return rows;
    });

  /** Takes every message currently in the mailer queue off it. */
  function drainMailerQueue(): Promise<amqplib.GetMessage[]> {
    // Another suite's fault test may stop the broker meanwhile: reconnect and go on.
    return whenBrokerRuns(async () => {
      try {
        if (!channel) {
          connection = await amqplib.connect(vhost.url);
          connection.on('error', () => undefined);
          channel = await connection.createChannel();
          channel.on('error', () => undefined);
        }
        const messages: amqplib.GetMessage[] = [];
        for (;;) {
          const message = await channel.get(MAILER_QUEUE, { noAck: true });
          if (!message) return messages;
          messages.push(message);
        }
      } catch (error) {
        await connection?.close().catch(() => undefined);
        connection = undefined;
        channel = undefined;
        throw error;
      }
    });
  }

  it('reports the broker in readiness', async () => {
    await waitFor(() => sut.request('GET', '/api/health/ready'), (response) => response.status === 200, { what: 'readiness' });
    const ready = await sut.request('GET', '/api/health/ready');
    expect(ready.body.info).toMatchObject({ database: { status: 'up' }, broker: { status: 'up' } });
  });

  it('publishes a committed message, persistent and confirmed, and marks it published', async () => {
    const [row] = await enqueue(['ada@example.org']);
    const published = await waitFor(
      () => sut.dataSource.getRepository(OutboxMessage).findOneByOrFail({ id: row.id }),
      (message) => message.publishedAt !== null,
      { what: 'published_at' },
    );
    expect(published.attempts).toBe(1);

    const [message] = await waitFor(drainMailerQueue, (messages) => messages.length > 0, { what: 'the message in the queue' });
    expect(message.fields.routingKey).toBe(RoutingKey.AccountVerificationRequested);
    expect(message.properties).toMatchObject({ messageId: row.id, contentType: 'application/json', deliveryMode: 2 });
    const parsed = parseEnvelope(JSON.parse(message.content.toString()));
    expect(parsed).toEqual({ ok: true, envelope: row.payload });
  });

  it('never publishes a message whose transaction rolled back', async () => {
    const marker = `rolled-back-${randomUUID()}@example.org`;
    await expect(
      sut.dataSource.transaction(async (manager) => {
        await sut.get(OutboxService).enqueue(manager, RoutingKey.AccountVerificationRequested, verification(marker));
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    const [committed] = await enqueue(['after-rollback@example.org']);
    const messages = await waitFor(drainMailerQueue, (list) => list.length > 0, { what: 'the committed message' });
    expect(messages.map((message) => message.properties.messageId)).toEqual([committed.id]);
  });

  it('skips rows another relay holds and publishes them once released', async () => {
    // Another replica's relay holding a row: its lock must not stall this relay.
    const otherRelay = sut.dataSource.createQueryRunner();
    await otherRelay.connect();
    await otherRelay.startTransaction();
    try {
      // The held row is committed not yet due, so no relay can claim it before the lock is taken.
      const held = await sut.dataSource.transaction(async (manager) => {
        const row = await sut.get(OutboxService).enqueue(manager, RoutingKey.AccountVerificationRequested, verification('held@example.org'));
        await manager.query(`UPDATE outbox SET next_attempt_at = now() + interval '2 seconds' WHERE id = $1`, [row.id]);
        return row;
      });
      const [locked] = await otherRelay.query(`SELECT published_at FROM outbox WHERE id = $1 FOR UPDATE`, [held.id]);
      expect(locked.published_at).toBeNull();
      // Only once the held row is due does a pass have to skip it rather than merely pass it over.
      await waitFor(
        () => sut.dataSource.query(`SELECT next_attempt_at <= clock_timestamp() AS due FROM outbox WHERE id = $1`, [held.id]),
        ([row]) => row.due === true,
        { what: 'the held row to fall due' },
      );
      // Rows committed later are claimed while the held one is skipped.
      const free = await enqueue(['free-1@example.org', 'free-2@example.org']);
      const first = await waitFor(drainMailerQueue, (list) => list.length >= 2, { what: 'the free rows' });
      expect(first.map((message) => message.properties.messageId).sort()).toEqual(free.map((row) => row.id).sort());
      await otherRelay.commitTransaction();
      // What the safety-net poll does (set to a minute here, so the passes above came from NOTIFY).
      sut.get(OutboxRelayService).wake();
      const second = await waitFor(drainMailerQueue, (list) => list.length >= 1, { what: 'the released row' });
      expect(second.map((message) => message.properties.messageId)).toEqual([held.id]);
    } finally {
      if (otherRelay.isTransactionActive) await otherRelay.rollbackTransaction();
      await otherRelay.release();
    }
  });
});
