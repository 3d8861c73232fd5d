import { randomUUID } from 'node:crypto';
import amqplib from 'amqplib';
import ICAL from 'ical.js';
import nodemailer from 'nodemailer';
import { parseReport, ReportEnvelope, ReportKey, REPORTS_EXCHANGE, RoutingKey } from '@app/contracts';
import { waitFor } from '@app/messaging/testing/eventually';
import { calendarMail, calendarText, gmailReply, outlookReply, thunderbirdReply } from '../src/replies/testing/reply-mails';
import { MailerHarness } from './support/mailer-harness';

// Real services: creating a vhost and a database takes seconds.
jest.setTimeout(120_000);

const SECRET = 'an-integration-secret-of-thirty-two-characters';

/**
 * The whole inbound loop on the mailer's side: the invitation it mails names a personal reply
 * address; a calendar's REPLY sent there over SMTP becomes `rsvp.replied` on the real broker.
 */
describe('mailer: calendar replies by mail', () => {
  let harness: MailerHarness;
  let broker: amqplib.ChannelModel;
  let channel: amqplib.Channel;
  let testQueue: string;
  const received: amqplib.ConsumeMessage[] = [];
  const eventId = randomUUID();
  const zoe = { userId: randomUUID(), email: 'zoe@example.org', name: 'Zoé Martin', locale: 'en' as const };
  const ada = { userId: randomUUID(), email: 'ada@example.org', name: 'Ada Admin', locale: 'en' as const };
  let replyAddressOf: Record<string, string>;

  const inbound = () => nodemailer.createTransport({
    host: '127.0.0.1',
    port: harness.inboundPort,
    secure: false,
    ignoreTLS: true,
  });
  const send = (to: string, raw: string) =>
    inbound().sendMail({ envelope: { from: 'someone@client.test', to }, raw });
  const outcome = (name: string) => harness.metric('agora_mailer_inbound_replies_total', { outcome: name });
  const replies = () => received.map((message) => {
    const parsed = parseReport(JSON.parse(message.content.toString('utf8')));
    if (!parsed.ok) throw new Error(parsed.error);
    if (parsed.envelope.type !== ReportKey.RsvpReplied) throw new Error(`not a reply: ${parsed.envelope.type}`);
    return parsed.envelope;
  });

  beforeAll(async () => {
    harness = await MailerHarness.create();
    await harness.startMailer({
      MAIL_INBOUND_PORT: '0',
      MAIL_REPLY_ADDRESS: 'rsvp@agora.test',
      MAIL_REPLY_SECRET: SECRET,
      MAIL_INBOUND_MAX_BYTES: String(64 * 1024),
    });
    broker = await amqplib.connect(harness.vhost.url);
    channel = await broker.createChannel();
    await channel.assertExchange(REPORTS_EXCHANGE, 'topic', { durable: true });
    ({ queue: testQueue } = await channel.assertQueue('', { exclusive: true }));
    await channel.bindQueue(testQueue, REPORTS_EXCHANGE, ReportKey.RsvpReplied);
    await channel.consume(testQueue, (message) => message && received.push(message), { noAck: true });

    // The invitations, as the backend's relay publishes them: their ORGANIZER is where replies go.
    await harness.publish(
      harness.envelope(RoutingKey.EventCreated, {
        event: {
          uid: `${eventId}@agora`,
          sequence: 0,
          title: 'Spring concert',
          description: null,
          location: 'Town hall',
          startsAt: '2030-03-01T17:30:00.000Z',
          endsAt: '2030-03-01T19:30:00.000Z',
          timeZone: 'Europe/Paris',
        },
        association: { id: randomUUID(), name: 'Chess club' },
        organizer: { name: 'Chess club', email: 'rsvp@agora.test' },
        recipients: [zoe, ada],
      }),
    );
    const mails = await waitFor(() => harness.smtp.mails, (all) => all.length === 2, { what: 'the two invitations' });
    replyAddressOf = {};
    for (const mail of mails) {
      const parsed = await mail.parse();
      const ics = parsed.attachments.find((part) => part.contentType === 'text/calendar')!.content.toString('utf8');
      const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
      const organizer = event.getFirstProperty('organizer')!;
      expect(organizer.getParameter('cn')).toBe('Chess club');
      replyAddressOf[mail.envelopeTo[0]] = String(organizer.getFirstValue()).replace(/^mailto:/i, '');
    }
  });

  afterAll(async () => {
    await broker?.close().catch(() => undefined);
    await harness?.close();
  });

  it("mails each member a reply address of their own, never a member's", () => {
    expect(replyAddressOf[zoe.email]).toMatch(/^rsvp\+[a-z2-7]{45}@agora\.test$/);
    expect(replyAddressOf[ada.email]).toMatch(/^rsvp\+[a-z2-7]{45}@agora\.test$/);
    expect(replyAddressOf[zoe.email]).not.toBe(replyAddressOf[ada.email]);
  });

  it('turns a REPLY sent to that address into rsvp.replied; forged replies and garbage change nothing', async () => {
    const to = replyAddressOf[zoe.email];
    const before = Object.fromEntries(
      await Promise.all(
        ['published', 'forged', 'not_calendar', 'not_reply', 'unknown_event', 'rejected_recipient', 'oversized'].map(
          async (name) => [name, await outcome(name)] as const,
        ),
      ),
    );
    const uid = `${eventId}@agora`;

    // Eve, another member, answers for Zoé with Zoé's address: the ATTENDEE is not who it was signed for.
    await send(to, outlookReply({ uid, attendee: 'eve@example.org', partstat: 'DECLINED', organizer: to }));
    // Ada's reply sent to Zoé's address: signed for Zoé, not Ada.
    await send(to, gmailReply({ uid, attendee: ada.email, partstat: 'DECLINED', organizer: to }));
    // Zoé's reply about another event: her address was not signed for it.
    await send(to, outlookReply({ uid: `${randomUUID()}@agora`, attendee: zoe.email, partstat: 'DECLINED' }));
    // Someone else's calendar, a plain mail, an invitation instead of a reply.
    await send(to, outlookReply({ uid: 'meeting-42@calendar.example.com', attendee: zoe.email, partstat: 'DECLINED' }));
    await send(to, 'From: zoe@example.org\r\nSubject: Yes!\r\n\r\nI will come.\r\n');
    await send(
      to,
      calendarMail(
        calendarText(['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', `UID:${uid}`, `ATTENDEE;PARTSTAT=DECLINED:mailto:${zoe.email}`, 'END:VEVENT', 'END:VCALENDAR']),
      ),
    );
    // An address that is no reply address of ours is refused at RCPT TO; an oversized mail with 552.
    await expect(send('rsvp+notatoken@agora.test', outlookReply({ uid, attendee: zoe.email, partstat: 'DECLINED' }))).rejects.toMatchObject({ responseCode: 550 });
    await expect(send('zoe@agora.test', 'Subject: hi\r\n\r\nhi\r\n')).rejects.toMatchObject({ responseCode: 550 });
    const huge = thunderbirdReply({ uid, attendee: zoe.email, partstat: 'DECLINED' }).replace('Zoé Martin has accepted', 'x'.repeat(100 * 1024));
    await expect(send(to, huge)).rejects.toMatchObject({ responseCode: 552 });

    // Then Zoé's own reply, from Outlook.com: no ORGANIZER, PARTSTAT upper case.
    const genuine = outlookReply({ uid, attendee: 'Zoe@Example.org', partstat: 'ACCEPTED' });
    await send(to, genuine);

    const [message] = await waitFor(() => received, (all) => all.length >= 1, { what: 'rsvp.replied' });
    // The mailer publishes in order: the forged and unusable mails before it published nothing.
    expect(received).toHaveLength(1);
    const [reply] = replies();
    expect(reply).toMatchObject<Partial<ReportEnvelope<typeof ReportKey.RsvpReplied>>>({
      type: ReportKey.RsvpReplied,
      data: { eventId, userId: zoe.userId, answer: 'accepted', receivedAt: expect.any(String) },
    });
    expect(message.properties).toMatchObject({ deliveryMode: 2, messageId: reply.id, type: 'rsvp.replied', contentType: 'application/json' });

    const after = async (name: string) => (await outcome(name)) - before[name];
    expect(await after('published')).toBe(1);
    expect(await after('forged')).toBe(3);
    expect(await after('unknown_event')).toBe(1);
    expect(await after('not_calendar')).toBe(1);
    expect(await after('not_reply')).toBe(1);
    expect(await after('rejected_recipient')).toBe(2);
    expect(await after('oversized')).toBe(1);
  });

  it('takes a Thunderbird reply attached as a base64 .ics, from a relay that lower-cased the address', async () => {
    const to = replyAddressOf[ada.email];
    const count = received.length;

    await send(to.toUpperCase(), thunderbirdReply({ uid: `${eventId}@agora`, attendee: ada.email, partstat: 'TENTATIVE', organizer: to }));

    await waitFor(() => received.length, (length) => length === count + 1, { what: 'the second rsvp.replied' });
    expect(replies().at(-1)?.data).toMatchObject({ eventId, userId: ada.userId, answer: 'tentative' });
  });
});
