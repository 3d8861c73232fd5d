import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';
import { readCalendar } from '@app/calendar/testing/read-calendar';
import { waitFor } from '@app/messaging/testing/eventually';
import { withBrokerStopped } from '@app/messaging/testing/rabbitmq-vhost';
import { outlookReply } from '../../mailer/src/replies/testing/reply-mails';
import { MailerHarness } from '../../mailer/test/support/mailer-harness';
import { createAssociation } from './associations-fixtures';
import { createSignedInUser, createUser } from './support/fixtures';
import { TestApp } from './support/test-app';

const PASSWORD = 'a long and quite unusual passphrase 93!';

/** The calendar parts of a mail: the text/calendar alternative and the .ics attachment. */
function calendarParts(mail: ParsedMail) {
  return mail.attachments.filter((part) => /calendar|ics/i.test(part.contentType));
}

// Real services: creating a vhost and a database, or waiting for retries, takes seconds.
jest.setTimeout(120_000);

describe('messaging end to end: backend → outbox → RabbitMQ → mailer → SMTP', () => {
  let harness: MailerHarness;
  let sut: TestApp;

  beforeAll(async () => {
    harness = await MailerHarness.create();
    sut = await TestApp.start({
      OUTBOX_RELAY_ENABLED: 'true',
      AMQP_URL: harness.vhost.url,
      AUTH_RATE_LIMIT_PER_IP: '100000',
      AUTH_RATE_LIMIT_PER_EMAIL: '100000',
    });
    await harness.startMailer({
      MAIL_REPLY_ADDRESS: sut.config.mailReplyAddress,
      MAIL_INBOUND_PORT: '0',
    });
  });
  afterAll(async () => {
    await sut?.close();
    await harness?.close();
  });

  const mailsTo = (address: string) => harness.smtp.mails.filter((mail) => mail.envelopeTo.includes(address));
  /** Event mail only: members also received the invitation to join, which has no calendar. */
  const calendarMailsTo = (address: string) =>
    mailsTo(address).filter((mail) => /^Content-Type: text\/calendar/im.test(mail.raw.toString()));

  it('register → the verification mail arrives with a link that verifies the account', async () => {
    const email = `newcomer-${randomUUID().slice(0, 8)}@example.org`;
    const registered = await sut.request('POST', '/api/auth/register', {
      body: { email, password: PASSWORD, firstName: 'New', lastName: 'Comer' },
    });
    expect(registered.status).toBe(202);

    const [received] = await waitFor(() => mailsTo(email), (mails) => mails.length === 1, { what: 'the verification mail' });
    const mail = await received.parse();
    const link = /(http:\/\/agora\.test\/verify\?token=[^\s"<]+)/.exec(mail.text ?? '')?.[1];
    expect(link).toBeDefined();
    const token = new URL(link!).searchParams.get('token');

    expect((await sut.request('POST', '/api/auth/login', { body: { email, password: PASSWORD } })).status).toBe(403);
    expect((await sut.request('POST', '/api/auth/verify', { body: { token } })).status).toBe(200);
    expect((await sut.request('POST', '/api/auth/login', { body: { email, password: PASSWORD } })).status).toBe(200);
  });

  it('an event mails each verified member once with a calendar invitation; update and cancel follow', async () => {
    const admin = await createSignedInUser(sut, { firstName: 'Ada', lastName: 'Admin', locale: 'fr' });
    const verified = [await createUser(sut, { firstName: 'Vera' }), await createUser(sut, { firstName: 'Victor' })];
    const unverified = await createUser(sut, { firstName: 'Ugo' });
    const association = await createAssociation(sut, admin, {
      name: 'Club de lecture',
      members: [...verified, unverified].map((user) => ({ user })),
    });
    // Only verified users can be added; a member whose address is no longer verified is the case
    // the recipients query must filter out.
    await sut.dataSource.query(`UPDATE users SET email_verified_at = NULL WHERE id = $1`, [unverified.id]);
    const expected = [admin.user, ...verified].map((user) => user.email).sort();

    const created = await sut.request('POST', `/api/associations/${association.id}/events`, {
      token: admin.accessToken,
      body: {
        title: 'Assemblée générale – été',
        description: 'Ordre du jour : budget',
        location: 'Salle des fêtes, Montréal',
        startsAt: '2026-12-15T17:30:00.000Z',
        endsAt: '2026-12-15T19:30:00.000Z',
        timeZone: 'Europe/Paris',
      },
    });
    expect(created.status).toBe(201);
    const { uid, id } = created.body;

    const invitations = await waitFor(() => expected.flatMap(calendarMailsTo), (mails) => mails.length >= 3, { what: 'three invitations' });
    expect(invitations).toHaveLength(3);
    expect(invitations.map((mail) => mail.envelopeTo)).toEqual(expect.arrayContaining(expected.map((email) => [email])));
    expect(calendarMailsTo(unverified.email)).toHaveLength(0);

    for (const received of invitations) {
      const mail = await received.parse();
      const recipient = received.envelopeTo[0];
      expect(mail.to).toMatchObject({ value: [{ address: recipient }] });
      expect(mail.cc).toBeUndefined();
      expect(mail.bcc).toBeUndefined();
      expect(received.raw.toString()).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
      const parts = calendarParts(mail);
      // The text/calendar alternative and the invite.ics attachment, nothing more.
      expect(parts.map((part) => part.contentType).sort()).toEqual(['application/ics', 'text/calendar']);
      for (const part of parts) {
        const calendar = readCalendar(part.content.toString('utf8'));
        expect(calendar.method).toBe('REQUEST');
        expect(calendar.event.uid).toBe(uid);
        expect(calendar.event.sequence).toBe(0);
        expect(calendar.start.toISOString()).toBe('2026-12-15T17:30:00.000Z');
        expect(calendar.startZone).toBe('Europe/Paris');
        expect(calendar.event.summary).toBe('Assemblée générale – été');
        expect(calendar.attendees.map((attendee) => String(attendee.getFirstValue()).toLowerCase())).toEqual([`mailto:${recipient}`]);
        // The association at the platform's address organises it, not a member: the address
        // personalised for this recipient (rsvp+<token>@…), where their calendar's reply goes.
        const [local, domain] = sut.config.mailReplyAddress.split('@');
        expect(calendar.organizers.map((organizer) => String(organizer.getFirstValue()).toLowerCase())).toEqual([
          expect.stringMatching(new RegExp(`^mailto:${local}\\+[a-z2-7]{45}@${domain.replace(/\./g, '\\.')}$`)),
        ]);
        expect(calendar.organizers[0].getParameter('cn')).toBe('Club de lecture');
      }
      // Nobody's address but the recipient's own, anywhere in what they read.
      const readable = [mail.text, mail.html, ...parts.map((part) => part.content.toString('utf8'))].join('\n').toLowerCase();
      for (const other of [admin.user, ...verified, unverified].map((user) => user.email).filter((email) => email !== recipient))
        expect(readable).not.toContain(other.toLowerCase());
    }
    const adminMail = await invitations.find((mail) => mail.envelopeTo[0] === admin.user.email)!.parse();
    expect(adminMail.subject).toMatch(/^Invitation : Assemblée générale – été/);

    const changed = await sut.request('PATCH', `/api/events/${id}`, {
      token: admin.accessToken,
      body: { startsAt: '2026-12-16T17:30:00.000Z', endsAt: '2026-12-16T19:30:00.000Z' },
    });
    expect(changed.status).toBe(200);
    const updates = await waitFor(() => calendarMailsTo(verified[0].email), (mails) => mails.length === 2, { what: 'the update' });
    const update = readCalendar(calendarParts(await updates[1].parse())[0].content.toString('utf8'));
    expect(update.method).toBe('REQUEST');
    expect(update.event.uid).toBe(uid);
    expect(update.event.sequence).toBe(1);
    expect(update.start.toISOString()).toBe('2026-12-16T17:30:00.000Z');

    expect((await sut.request('DELETE', `/api/events/${id}`, { token: admin.accessToken })).status).toBe(204);
    const all = await waitFor(() => calendarMailsTo(verified[0].email), (mails) => mails.length === 3, { what: 'the cancellation' });
    const cancelMail = await all[2].parse();
    expect(all[2].raw.toString()).toMatch(/method=CANCEL/i);
    const cancel = readCalendar(calendarParts(cancelMail)[0].content.toString('utf8'));
    expect(cancel.method).toBe('CANCEL');
    expect(cancel.event.uid).toBe(uid);
    expect(cancel.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');

    // Three messages (create, update, cancel) × three verified members, each mailed once.
    await waitFor(() => expected.map((email) => calendarMailsTo(email).length), (counts) => counts.every((count) => count === 3), { what: 'nine mails' });
  });

  it('the answer links of the real invitation mail record a choice, and the update carries it as PARTSTAT', async () => {
    const admin = await createSignedInUser(sut, { firstName: 'Ada', lastName: 'Admin' });
    const member = await createUser(sut, { firstName: 'Rita', lastName: 'Responder', locale: 'fr' });
    const association = await createAssociation(sut, admin, { members: [{ user: member }] });
    const created = await sut.request('POST', `/api/associations/${association.id}/events`, {
      token: admin.accessToken,
      body: { title: 'Pique-nique', startsAt: '2027-06-01T10:00:00Z', endsAt: '2027-06-01T13:00:00Z', timeZone: 'Europe/Paris' },
    });
    const [received] = await waitFor(() => calendarMailsTo(member.email), (mails) => mails.length === 1, { what: 'the invitation' });
    const mail = await received.parse();
    const linkPattern = /http:\/\/agora\.test\/rsvp\/([\w-]+)\?answer=(accepted|tentative|declined)/g;
    const inText = [...(mail.text ?? '').matchAll(linkPattern)];
    const inHtml = [...String(mail.html).matchAll(linkPattern)];
    expect(inText.map((match) => match[2]).sort()).toEqual(['accepted', 'declined', 'tentative']);
    expect(inHtml.map((match) => match[2])).toEqual(expect.arrayContaining(['accepted', 'declined', 'tentative']));
    expect(mail.text).toContain('Viendrez-vous ?');
    const token = inText[0][1];

    // Opening the page (as a scanner would) shows the event and records nothing.
    const preview = await sut.request('POST', '/api/rsvp/preview', { body: { token } });
    expect(preview.body).toMatchObject({ title: 'Pique-nique', answer: null });
    const before = await sut.request('GET', `/api/events/${created.body.id}/attendance`, { token: admin.accessToken });
    expect(before.body.answered).toEqual([]);

    expect((await sut.request('POST', '/api/rsvp', { body: { token, answer: 'accepted' } })).status).toBe(200);
    const after = await sut.request('GET', `/api/events/${created.body.id}/attendance`, { token: admin.accessToken });
    expect(after.body.counts).toEqual({ accepted: 1, tentative: 0, declined: 0 });
    expect(after.body.answered).toEqual([expect.objectContaining({ userId: member.id, name: 'Rita Responder' })]);

    await sut.request('PATCH', `/api/events/${created.body.id}`, { token: admin.accessToken, body: { location: 'Parc' } });
    const mails = await waitFor(() => calendarMailsTo(member.email), (all) => all.length === 2, { what: 'the update' });
    const update = readCalendar(calendarParts(await mails[1].parse())[0].content.toString('utf8'));
    expect(update.attendees.map((attendee) => attendee.getParameter('partstat'))).toEqual(['ACCEPTED']);
  });

  it("a calendar's REPLY to the invitation's ORGANIZER moves the member's answer (rsvp.replied)", async () => {
    const admin = await createSignedInUser(sut, { firstName: 'Ada', lastName: 'Admin' });
    const member = await createUser(sut, { firstName: 'Otto', lastName: 'Outlook' });
    const association = await createAssociation(sut, admin, { members: [{ user: member }] });
    const created = await sut.request('POST', `/api/associations/${association.id}/events`, {
      token: admin.accessToken,
      body: { title: 'Concert', startsAt: '2027-07-01T18:00:00Z', endsAt: '2027-07-01T20:00:00Z', timeZone: 'Europe/Paris' },
    });
    const [received] = await waitFor(() => calendarMailsTo(member.email), (mails) => mails.length === 1, { what: 'the invitation' });
    const invitation = readCalendar(calendarParts(await received.parse())[0].content.toString('utf8'));
    const organizer = String(invitation.organizers[0].getFirstValue()).replace(/^mailto:/i, '');

    // Outlook.com answers: no ORGANIZER in the reply, PARTSTAT upper case, the address as typed.
    const reply = outlookReply({ uid: invitation.event.uid, attendee: member.email.toUpperCase(), partstat: 'TENTATIVE' });
    await nodemailer
      .createTransport({ host: '127.0.0.1', port: harness.inboundPort, secure: false, ignoreTLS: true })
      .sendMail({ envelope: { from: member.email, to: organizer }, raw: reply });

    // INBOUND_REPLY_SAMPLE=<file> keeps this reply, as a record of a real one.
    if (process.env.INBOUND_REPLY_SAMPLE)
      writeFileSync(process.env.INBOUND_REPLY_SAMPLE, `RCPT TO:<${organizer}>\r\n${reply}\r\n`);

    // The mailer reports it as rsvp.replied; the backend's consumer records it.
    const attendance = await waitFor(
      () => sut.request('GET', `/api/events/${created.body.id}/attendance`, { token: admin.accessToken }),
      (response) => response.body.answered?.length > 0,
      { what: 'the answer from the calendar' },
    );
    expect(attendance.body.answered).toEqual([expect.objectContaining({ userId: member.id, answer: 'tentative' })]);
  });

  it('fault: the broker stops while 200 people register; started again later, each gets one mail', async () => {
    const emails = Array.from({ length: 200 }, (_, index) => `burst-${index}-${randomUUID().slice(0, 6)}@example.org`);
    let registered = 0;
    const register = async (email: string) => {
      const response = await sut.request('POST', '/api/auth/register', { body: { email, password: PASSWORD, firstName: 'Burst', lastName: 'Test' } });
      registered += 1;
      return response.status;
    };
    // Registrations arrive in waves of 10 for as long as they take; the broker is stopped once
    // they have started and started again once at least fifty more have been answered meanwhile
    // (it is the whole machine's broker: the window stays short).
    const burst = (async () => {
      const statuses: number[] = [];
      for (let index = 0; index < emails.length; index += 10) {
        statuses.push(...(await Promise.all(emails.slice(index, index + 10).map(register))));
      }
      return statuses;
    })();
    await waitFor(() => registered, (count) => count >= 10, { what: 'the first registrations' });
    await withBrokerStopped(async () => {
      await waitFor(() => sut.request('GET', '/api/health/ready'), (response) => response.status === 503, { what: 'readiness to report the broker down' });
      // The API keeps serving while the broker is away.
      expect((await sut.request('GET', '/api/health')).status).toBe(200);
      // Fifty more registrations (or the rest of the burst) are answered while the broker is away.
      const answeredBeforeOutage = registered;
      await waitFor(() => registered, (count) => count >= Math.min(emails.length, answeredBeforeOutage + 50), { what: 'registrations during the outage' });
    });
    expect(await burst).toEqual(emails.map(() => 202));

    await waitFor(() => emails.filter((email) => mailsTo(email).length > 0).length, (count) => count === 200, { what: '200 mails', timeoutMs: 120_000, intervalMs: 250 });
    const counts = harness.smtp.countsByRecipient();
    expect(emails.map((email) => counts.get(email))).toEqual(emails.map(() => 1));
    await waitFor(() => sut.request('GET', '/api/health/ready'), (response) => response.status === 200, { what: 'readiness' });
  }, 240_000);
});
