import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import amqplib from 'amqplib';
import {
  createReport,
  REPORTS_EXCHANGE,
  ReportKey,
  ReportPayloadOf,
  RoutingKey,
} from '@app/contracts';
import { BACKEND_REPORTS_DEAD_QUEUE } from '@app/messaging';
import { waitFor } from '@app/messaging/testing/eventually';
import { MailerHarness } from '../../mailer/test/support/mailer-harness';
import { createAssociation, joinByInvitation, UNKNOWN_ID } from './associations-fixtures';
import { parseExposition } from './support/exposition';
import { createSignedInUser, createUser } from './support/fixtures';
import { TestApp } from './support/test-app';

// Real services: a vhost, a database, the mailer's retries.
jest.setTimeout(180_000);

interface Ledger {
  totals: { recipients: number; queued: number; sent: number; failed: number; dead: number };
  recipients: {
    userId: string;
    displayName: string;
    status: string;
    sequence: number;
    at: string;
    reason: string | null;
  }[];
}

const REFUSAL = { code: 450, message: '4.2.2 Mailbox full, try again later' };

describe('delivery ledger: mailer reports → backend', () => {
  let harness: MailerHarness;
  let sut: TestApp;
  let publisher: { connection: amqplib.ChannelModel; channel: amqplib.ConfirmChannel };

  beforeAll(async () => {
    harness = await MailerHarness.create();
    sut = await TestApp.start({ OUTBOX_RELAY_ENABLED: 'true', AMQP_URL: harness.vhost.url });
    await harness.startMailer();
    const connection = await amqplib.connect(harness.vhost.url);
    publisher = { connection, channel: await connection.createConfirmChannel() };
  });
  afterAll(async () => {
    await publisher?.connection.close().catch(() => undefined);
    await sut?.close();
    await harness?.close();
  });

  /** Publishes as a mailer would: persistent and confirmed, on the reports exchange. */
  async function publishReport(routingKey: string, body: unknown): Promise<void> {
    publisher.channel.publish(REPORTS_EXCHANGE, routingKey, Buffer.from(JSON.stringify(body)), {
      persistent: true,
      contentType: 'application/json',
    });
    await publisher.channel.waitForConfirms();
  }

  async function inboundCount(outcome: string): Promise<number> {
    const response = await sut.request('GET', '/metrics');
    return parseExposition(String(response.body))
      .filter((sample) => sample.name === 'agora_inbound_messages_total')
      .filter((sample) => sample.labels.outcome === outcome)
      .reduce((sum, sample) => sum + sample.value, 0);
  }

  it('a 25-member event: 24 sent, the refused one failed then dead; resend → sent; a repeated report changes nothing', async () => {
    const admin = await createSignedInUser(sut, { firstName: 'Ada', lastName: 'Admin' });
    const members = await Promise.all(
      Array.from({ length: 24 }, (_, index) =>
        createUser(sut, { firstName: 'Member', lastName: String(index + 1).padStart(2, '0') }),
      ),
    );
    const association = await createAssociation(sut, admin, { name: 'Chorale du quartier' });
    for (const user of members) await joinByInvitation(sut, association.id, admin, user);
    const victim = members[6];

    // The server keeps refusing the victim for a while (4xx: worth retrying). Its second answer
    // waits until the test has seen the first failure in the ledger, so `failed` is observed for
    // sure before the mailer's retries end in the dead letters.
    let failedSeen!: () => void;
    const failedObserved = new Promise<void>((resolve) => (failedSeen = resolve));
    let victimAttempts = 0;
    harness.smtp.refuseRecipient = async (address) => {
      if (address !== victim.email.toLowerCase()) return undefined;
      victimAttempts += 1;
      if (victimAttempts === 2) await failedObserved;
      return REFUSAL;
    };

    const created = await sut.request('POST', `/api/associations/${association.id}/events`, {
      token: admin.accessToken,
      body: {
        title: 'Répétition générale',
        startsAt: '2030-06-01T18:00:00.000Z',
        endsAt: '2030-06-01T20:00:00.000Z',
        timeZone: 'Europe/Paris',
      },
    });
    expect(created.status).toBe(201);
    const eventId: string = created.body.id;
    const ledger = async (): Promise<Ledger> => {
      const response = await sut.request('GET', `/api/events/${eventId}/deliveries`, {
        token: admin.accessToken,
      });
      expect(response.status).toBe(200);
      return response.body as Ledger;
    };
    const statusOf = (value: Ledger, userId: string) =>
      value.recipients.find((recipient) => recipient.userId === userId);

    const failed = await waitFor(
      ledger,
      (value) => value.totals.sent === 24 && statusOf(value, victim.id)?.status === 'failed',
      { what: '24 sent and the refused one failed' },
    );
    expect(failed.totals).toEqual({ recipients: 25, queued: 0, sent: 24, failed: 1, dead: 0 });
    expect(statusOf(failed, victim.id)).toMatchObject({
      displayName: 'Member 07',
      sequence: 0,
      reason: expect.stringContaining('Mailbox full'),
    });
    failedSeen();

    const dead = await waitFor(ledger, (value) => value.totals.dead === 1, {
      what: 'the refused one dead',
    });
    expect(dead.totals).toEqual({ recipients: 25, queued: 0, sent: 24, failed: 0, dead: 1 });
    expect(statusOf(dead, victim.id)).toMatchObject({
      status: 'dead',
      reason: expect.stringContaining('Mailbox full'),
    });
    if (process.env.DELIVERIES_LEDGER_OUT)
      writeFileSync(process.env.DELIVERIES_LEDGER_OUT, JSON.stringify(dead, null, 2));

    // The mailbox has room again; the admin sends that member the invitation once more.
    harness.smtp.refuseRecipient = undefined;
    const mailsBefore = harness.smtp.countsByRecipient().get(victim.email.toLowerCase()) ?? 0;
    const resent = await sut.request(
      'POST',
      `/api/events/${eventId}/deliveries/${victim.id}/resend`,
      { token: admin.accessToken },
    );
    expect(resent.status).toBe(202);
    const afterResend = await waitFor(
      ledger,
      (value) => statusOf(value, victim.id)?.status === 'sent',
      { what: 'the resent invitation sent' },
    );
    expect(afterResend.totals).toMatchObject({ sent: 25, failed: 0, dead: 0 });
    expect(harness.smtp.countsByRecipient().get(victim.email.toLowerCase())).toBe(mailsBefore + 1);
    // Only that member was mailed again.
    expect(harness.smtp.countsByRecipient().get(members[0].email.toLowerCase())).toBe(2);

    // Repeats of reports already applied: the same sent report again, and an older failure of
    // the message the victim's row now follows. Neither may change anything.
    const [row] = await sut.dataSource.query(
      `SELECT source_message_id AS "sourceMessageId", reported_at AS "reportedAt", smtp_message_id AS "smtpMessageId"
         FROM event_deliveries WHERE event_id = $1 AND user_id = $2`,
      [eventId, victim.id],
    );
    const outcome = {
      sourceMessageId: row.sourceMessageId,
      eventId,
      sequence: 0,
      userId: victim.id,
      template: RoutingKey.EventCreated,
    } as const;
    const reportedAt = new Date(row.reportedAt);
    const repeated = [
      createReport(
        ReportKey.MailSent,
        { ...outcome, smtpMessageId: row.smtpMessageId } as ReportPayloadOf<
          typeof ReportKey.MailSent
        >,
        { id: randomUUID(), correlationId: 'test', occurredAt: reportedAt },
      ),
      createReport(
        ReportKey.MailFailed,
        { ...outcome, reason: 'an older failure', permanent: false },
        {
          id: randomUUID(),
          correlationId: 'test',
          occurredAt: new Date(reportedAt.getTime() - 1000),
        },
      ),
      createReport(
        ReportKey.MailDeadLettered,
        { ...outcome, sourceMessageId: randomUUID(), reason: 'about another, older message' },
        { id: randomUUID(), correlationId: 'test', occurredAt: new Date() },
      ),
    ];
    const handledBefore = await inboundCount('handled');
    for (const report of repeated) await publishReport(report.type, report);
    await waitFor(
      () => inboundCount('handled'),
      (count) => count >= handledBefore + 3,
      {
        what: 'the repeated reports handled',
      },
    );
    expect(await ledger()).toEqual(afterResend);
  });

  it('dead-letters what it cannot read and goes on consuming', async () => {
    const invalidBefore = await inboundCount('invalid');
    await publishReport('mail.sent', 'not an envelope');
    await publishReport('mail.sent', { id: randomUUID(), type: 'mail.sent', data: {} });
    // A valid report under another key than its type.
    await publishReport(
      'mail.failed',
      createReport(
        ReportKey.MailSent,
        {
          sourceMessageId: randomUUID(),
          eventId: randomUUID(),
          sequence: 0,
          userId: randomUUID(),
          template: RoutingKey.EventCreated,
          smtpMessageId: '<x@agora.test>',
        },
        { id: randomUUID(), correlationId: 'test' },
      ),
    );
    await waitFor(
      () => inboundCount('invalid'),
      (count) => count >= invalidBefore + 3,
      {
        what: 'three invalid reports counted',
      },
    );
    await waitFor(
      async () => (await harness.vhost.queueDepths())[BACKEND_REPORTS_DEAD_QUEUE] ?? 0,
      (depth) => depth === 3,
      { what: 'three dead letters' },
    );
    // A report about an unknown event is valid: handled, and changes nothing.
    const handledBefore = await inboundCount('handled');
    await publishReport(
      'mail.sent',
      createReport(
        ReportKey.MailSent,
        {
          sourceMessageId: randomUUID(),
          eventId: UNKNOWN_ID,
          sequence: 0,
          userId: randomUUID(),
          template: RoutingKey.EventCreated,
          smtpMessageId: '<y@agora.test>',
        },
        { id: randomUUID(), correlationId: 'test' },
      ),
    );
    await waitFor(
      () => inboundCount('handled'),
      (count) => count === handledBefore + 1,
      {
        what: 'the valid report handled',
      },
    );
  });

  it('shows the ledger to admins only, and resends only to members of a live event', async () => {
    const admin = await createSignedInUser(sut);
    const member = await createSignedInUser(sut);
    const outsider = await createSignedInUser(sut);
    const association = await createAssociation(sut, admin, { members: [{ user: member.user }] });
    const created = await sut.request('POST', `/api/associations/${association.id}/events`, {
      token: admin.accessToken,
      body: {
        title: 'Bureau',
        startsAt: '2030-07-01T18:00:00.000Z',
        endsAt: '2030-07-01T19:00:00.000Z',
        timeZone: 'Europe/Paris',
      },
    });
    const path = `/api/events/${created.body.id}/deliveries`;

    expect((await sut.request('GET', path, { token: member.accessToken })).status).toBe(403);
    expect((await sut.request('GET', path, { token: outsider.accessToken })).status).toBe(404);
    expect((await sut.request('GET', path)).status).toBe(401);
    expect(
      (
        await sut.request('GET', `/api/events/${UNKNOWN_ID}/deliveries`, {
          token: admin.accessToken,
        })
      ).status,
    ).toBe(404);
    expect(
      (await sut.request('POST', `${path}/${member.user.id}/resend`, { token: member.accessToken }))
        .status,
    ).toBe(403);

    const notMember = await sut.request('POST', `${path}/${outsider.user.id}/resend`, {
      token: admin.accessToken,
    });
    expect(notMember.status).toBe(404);
    expect(notMember.body.type).toMatch(/delivery-recipient-not-found$/);
    expect(
      (await sut.request('POST', `${path}/not-a-uuid/resend`, { token: admin.accessToken })).status,
    ).toBe(400);

    await sut.request('DELETE', `/api/events/${created.body.id}`, { token: admin.accessToken });
    const cancelled = await sut.request('POST', `${path}/${member.user.id}/resend`, {
      token: admin.accessToken,
    });
    expect(cancelled.status).toBe(409);
    expect(cancelled.body.type).toMatch(/event-cancelled$/);
  });
});
