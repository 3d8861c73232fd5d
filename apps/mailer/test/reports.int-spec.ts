import { randomUUID } from 'node:crypto';
import amqplib from 'amqplib';
import { Client } from 'pg';
import { AnyReportEnvelope, parseReport, ReportKey, RoutingKey } from '@app/contracts';
import { BACKEND_REPORTS_QUEUE } from '@app/messaging';
import { waitFor } from '@app/messaging/testing/eventually';
import { MailerHarness } from './support/mailer-harness';

// Real services: a vhost, a database, an SMTP server.
jest.setTimeout(120_000);

/**
 * The mailer reports each recipient's outcome on `agora.reports`, into the backend's queue, even
 * though no backend runs here: the mailer declares that queue itself, so nothing is lost.
 */
describe('mailer: outcome reports', () => {
  let harness: MailerHarness;
  let consumer: { connection: amqplib.ChannelModel; channel: amqplib.Channel };

  beforeAll(async () => {
    harness = await MailerHarness.create({
      refuseRecipient: (address) =>
        address === 'nobody@example.org' ? { code: 550, message: '5.1.1 No such user' } : undefined,
    });
    await harness.startMailer();
    const connection = await amqplib.connect(harness.vhost.url);
    consumer = { connection, channel: await connection.createChannel() };
  });
  afterAll(async () => {
    await consumer?.connection.close().catch(() => undefined);
    await harness?.close();
  });

  /** Takes every report waiting in the backend's queue. */
  async function takeReports(into: AnyReportEnvelope[]): Promise<AnyReportEnvelope[]> {
    for (;;) {
      const message = await consumer.channel.get(BACKEND_REPORTS_QUEUE, { noAck: true });
      if (!message) return into;
      const parsed = parseReport(JSON.parse(message.content.toString('utf8')));
      if (!parsed.ok) throw new Error(parsed.error);
      expect(message.fields.routingKey).toBe(parsed.envelope.type);
      expect(message.properties.messageId).toBe(parsed.envelope.id);
      into.push(parsed.envelope);
    }
  }

  async function pendingReports(): Promise<number> {
    const client = new Client({ connectionString: harness.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM mailer.reports`);
      return rows[0].n;
    } finally {
      await client.end();
    }
  }

  it('reports a sent mail with its Message-ID and a refusal for good, for recipients with an account', async () => {
    const eventId = randomUUID();
    const [ada, nobody] = [randomUUID(), randomUUID()];
    const envelope = harness.envelope(RoutingKey.EventCreated, {
      event: {
        id: eventId,
        uid: `${eventId}@agora`,
        sequence: 0,
        title: 'Board meeting',
        description: null,
        location: null,
        startsAt: '2030-01-10T18:00:00.000Z',
        endsAt: '2030-01-10T19:00:00.000Z',
        timeZone: 'Europe/Paris',
      },
      association: { id: randomUUID(), name: 'Club' },
      organizer: { name: 'Club', email: 'rsvp@agora.test' },
      recipients: [
        { userId: ada, email: 'ada@example.org', name: 'Ada', locale: 'en' },
        { userId: nobody, email: 'nobody@example.org', name: 'Nobody', locale: 'en' },
        // Without an account (an older producer): mailed, not reported.
        { email: 'guest@example.org', name: 'Guest', locale: 'en' },
      ],
    });
    await harness.publish(envelope);

    const reports: AnyReportEnvelope[] = [];
    await waitFor(
      () => takeReports(reports),
      (taken) => taken.length >= 2,
      { what: 'two reports' },
    );
    const outcome = { sourceMessageId: envelope.id, eventId, sequence: 0, template: RoutingKey.EventCreated };
    const [mail] = harness.smtp.mails.filter((received) => received.envelopeTo.includes('ada@example.org'));
    const messageId = (await mail.parse()).messageId;
    expect(reports.map(({ type, data }) => ({ type, data })).sort((a, b) => a.type.localeCompare(b.type))).toEqual([
      {
        type: ReportKey.MailFailed,
        data: { ...outcome, userId: nobody, permanent: true, reason: expect.stringContaining('550 5.1.1 No such user') },
      },
      { type: ReportKey.MailSent, data: { ...outcome, userId: ada, smtpMessageId: messageId } },
    ]);
    expect(reports.every((report) => report.correlationId === envelope.correlationId)).toBe(true);
    // Published and confirmed: the mailer's outbox of reports is empty again.
    await waitFor(pendingReports, (count) => count === 0, { what: 'the reports outbox emptied' });
    expect(await takeReports([])).toEqual([]);
  });
});
