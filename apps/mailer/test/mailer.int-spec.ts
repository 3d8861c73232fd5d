import { RoutingKey } from '@app/contracts';
import { DEAD_LETTER_QUEUE, MAILER_QUEUE } from '@app/messaging';
import { waitFor } from '@app/messaging/testing/eventually';
import { invitation } from './support/invitation';
import { MailerHarness, member } from './support/mailer-harness';

// Real services: creating a vhost and a database, or waiting for retries, takes seconds.
jest.setTimeout(120_000);

describe('mailer: account mails', () => {
  let harness: MailerHarness;

  beforeAll(async () => {
    harness = await MailerHarness.create();
    await harness.startMailer();
  });
  afterAll(() => harness?.close());

  const mailsTo = (address: string) => harness.smtp.mails.filter((mail) => mail.envelopeTo.includes(address));

  it('sends the verification mail, escaping what the user typed, with a working link', async () => {
    const verifyUrl = 'http://agora.test/verify?token=abc123';
    await harness.publish(
      harness.envelope(RoutingKey.AccountVerificationRequested, {
        recipient: { email: 'ada@example.org', name: 'Ada <script>alert(1)</script>', locale: 'en' },
        verifyUrl,
        expiresAt: '2026-12-01T10:00:00.000Z',
      }),
    );
    const [received] = await waitFor(() => mailsTo('ada@example.org'), (mails) => mails.length === 1, { what: 'the mail' });
    const mail = await received.parse();
    expect(mail.subject).toBe('Confirm your email address');
    expect(mail.to).toMatchObject({ value: [{ address: 'ada@example.org' }] });
    expect(mail.cc).toBeUndefined();
    expect(mail.from?.value).toEqual([{ name: 'Agora', address: 'no-reply@agora.test' }]);
    expect(mail.text).toContain(verifyUrl);
    expect(mail.html).toContain(`href="${verifyUrl}"`);
    expect(mail.html).toContain('Ada &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).not.toContain('<script>');
  });

  it('writes French to a French reader: password reset and registration attempt', async () => {
    const recipient = { email: 'zoe@example.org', name: 'Zoé', locale: 'fr' as const };
    await harness.publish(
      harness.envelope(RoutingKey.AccountPasswordResetRequested, {
        recipient,
        resetUrl: 'http://agora.test/reset-password?token=r1',
        expiresAt: '2026-12-01T10:00:00.000Z',
      }),
    );
    await harness.publish(
      harness.envelope(RoutingKey.AccountRegistrationAttempted, {
        recipient,
        loginUrl: 'http://agora.test/login',
        resetUrl: 'http://agora.test/reset-password',
      }),
    );
    const received = await waitFor(() => mailsTo('zoe@example.org'), (mails) => mails.length === 2, { what: 'two mails' });
    const subjects = (await Promise.all(received.map((mail) => mail.parse()))).map((mail) => mail.subject).sort();
    expect(subjects).toEqual(['Quelqu’un a tenté de s’inscrire avec votre adresse', 'Réinitialisez votre mot de passe']);
    const reset = (await Promise.all(received.map((mail) => mail.parse()))).find((mail) => mail.subject?.startsWith('Réinit'));
    expect(reset?.text).toContain('Bonjour Zoé,');
    expect(reset?.text).toContain('http://agora.test/reset-password?token=r1');
  });

  it('sends the invitation to join an association: both answers as links, no calendar', async () => {
    // No account yet: the backend knows the person by their address only.
    const payload = invitation('en', { recipient: { email: 'newcomer@example.org', name: 'newcomer@example.org', locale: 'en' } });
    const { acceptUrl, declineUrl } = payload;
    await harness.publish(harness.envelope(RoutingKey.MembershipInvited, payload));
    const [received] = await waitFor(() => mailsTo('newcomer@example.org'), (mails) => mails.length === 1, { what: 'the invitation' });
    const mail = await received.parse();
    expect(mail.to).toMatchObject({ value: [{ address: 'newcomer@example.org' }] });
    expect(mail.subject).toBe('Ada Admin invites you to join Chess club');
    expect(mail.text).toMatch(/^Hello,$/m);
    expect(mail.text).toContain('as a member, with the title “Treasurer”');
    expect(mail.text).toContain(`Accept: ${acceptUrl}`);
    expect(mail.text).toContain(`Decline: ${declineUrl}`);
    expect(mail.text).toContain('This invitation expires on Tuesday, 15 December 2026 at 17:30');
    expect(mail.html).toContain(`href="${acceptUrl.replace(/&/g, '&amp;')}"`);
    expect(mail.html).toContain(`href="${declineUrl.replace(/&/g, '&amp;')}"`);
    expect(mail.attachments).toEqual([]);
    expect(received.raw.toString('latin1')).not.toMatch(/text\/calendar/i);
    expect(mail.headers.has('list-unsubscribe')).toBe(false);
    expect(received.raw.toString('latin1')).not.toMatch(/^List-Unsubscribe/im);
  });

  it('lets each member of an event mail stop it in one click (RFC 8058); account mail has no such header', async () => {
    const [first, second] = [member(301), member(302, 'fr')];
    const linkOf = (who: { email: string }) => `https://agora.test/api/unsubscribe/${who.email.split('@')[0]}`;
    await harness.publish(
      harness.envelope(RoutingKey.EventCreated, {
        event: {
          uid: 'one-click@agora.test',
          sequence: 0,
          title: 'Club night',
          description: null,
          location: null,
          startsAt: '2026-12-15T17:30:00.000Z',
          endsAt: '2026-12-15T19:30:00.000Z',
          timeZone: 'Europe/Paris',
        },
        association: { id: '5f7b1c1e-8d1a-4a39-9a51-6d1c0e6b4f11', name: 'Chess club' },
        organizer: { name: 'Chess club', email: 'no-reply@agora.test' },
        recipients: [first, second].map((who) => ({ ...who, unsubscribeUrl: linkOf(who) })),
      }),
    );
    await harness.publish(
      harness.envelope(RoutingKey.AccountVerificationRequested, {
        recipient: { ...member(303), name: 'Account' },
        verifyUrl: 'http://agora.test/verify?token=v',
        expiresAt: '2026-12-01T10:00:00.000Z',
      }),
    );
    for (const who of [first, second]) {
      const [received] = await waitFor(() => mailsTo(who.email), (mails) => mails.length === 1, { what: `the mail to ${who.email}` });
      const headers = received.raw.toString('latin1').split('\r\n\r\n')[0];
      expect(headers).toContain(`\r\nList-Unsubscribe: <${linkOf(who)}>\r\n`);
      expect(headers).toContain('\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n');
    }
    const [account] = await waitFor(() => mailsTo(member(303).email), (mails) => mails.length === 1, { what: 'the account mail' });
    expect(account.raw.toString('latin1')).not.toMatch(/^List-Unsubscribe/im);
  });

  it('mails a recipient once however often the message is delivered', async () => {
    const envelope = harness.envelope(RoutingKey.AccountVerificationRequested, {
      recipient: { email: 'twice@example.org', name: 'Twice', locale: 'en' },
      verifyUrl: 'http://agora.test/verify?token=t',
      expiresAt: '2026-12-01T10:00:00.000Z',
    });
    const processed = () =>
      harness.metric('agora_mailer_messages_consumed_total', { type: RoutingKey.AccountVerificationRequested, outcome: 'processed' });
    const duplicates = () => harness.metric('agora_mailer_duplicates_skipped_total', { type: RoutingKey.AccountVerificationRequested });
    const processedBefore = await processed();
    const duplicatesBefore = await duplicates();
    await harness.publish(envelope);
    await harness.publish(envelope);
    // Both copies settled (acknowledged), the second one finding the recipient already mailed.
    await waitFor(async () => (await processed()) - processedBefore, (count) => count === 2, { what: 'two acks' });
    expect((await duplicates()) - duplicatesBefore).toBe(1);
    expect(await harness.deliveryRows(envelope.id)).toEqual([{ recipient: 'twice@example.org', status: 'sent', attempts: 1 }]);
    expect(mailsTo('twice@example.org')).toHaveLength(1);
  });

  it('dead-letters a poison message, counts it, and keeps consuming', async () => {
    const invalid = () => harness.metric('agora_mailer_dead_lettered_total', { reason: 'invalid-message' });
    const before = await invalid();
    await harness.publish({ raw: Buffer.from('{not json'), routingKey: RoutingKey.EventCreated, messageId: 'poison-1' });
    await harness.publish({
      raw: Buffer.from(JSON.stringify({ id: 'x', type: RoutingKey.EventCreated, data: { recipients: 'everyone' } })),
      routingKey: RoutingKey.EventCreated,
      messageId: 'poison-2',
    });
    await harness.publish(
      harness.envelope(RoutingKey.AccountVerificationRequested, {
        recipient: { email: 'after-poison@example.org', name: 'After', locale: 'en' },
        verifyUrl: 'http://agora.test/verify?token=p',
        expiresAt: '2026-12-01T10:00:00.000Z',
      }),
    );
    await waitFor(() => mailsTo('after-poison@example.org'), (mails) => mails.length === 1, { what: 'the next mail' });
    const depths = await waitFor(() => harness.vhost.queueDepths(), (value) => value[DEAD_LETTER_QUEUE] === 2, { what: 'two dead letters' });
    expect(depths[MAILER_QUEUE]).toBe(0);
    await waitFor(async () => (await invalid()) - before, (count) => count === 2, { what: 'two invalid messages counted' });
  });

  it('dead-letters at once, mailing nobody, an event outside the years a calendar is written for', async () => {
    const type = RoutingKey.EventCreated;
    const invalid = () => harness.metric('agora_mailer_dead_lettered_total', { type, reason: 'invalid-message' });
    const retries = () => harness.metric('agora_mailer_retries_total', { type });
    const [invalidBefore, retriesBefore] = [await invalid(), await retries()];
    const deadBefore = (await harness.vhost.queueDepths())[DEAD_LETTER_QUEUE] ?? 0;
    await harness.publish(
      harness.envelope(type, {
        event: {
          uid: 'year-1900@agora.test',
          sequence: 0,
          title: 'Founding meeting',
          description: null,
          location: null,
          startsAt: '1900-06-12T16:00:00.000Z',
          endsAt: '1900-06-12T18:00:00.000Z',
          timeZone: 'Europe/Paris',
        },
        association: { id: '5f7b1c1e-8d1a-4a39-9a51-6d1c0e6b4f11', name: 'History club' },
        organizer: { name: 'Ada Admin', email: 'ada@example.org' },
        recipients: [member(1900)],
      }),
    );
    await waitFor(async () => (await invalid()) - invalidBefore, (count) => count === 1, { what: 'the message dead-lettered as invalid' });
    const depths = await waitFor(() => harness.vhost.queueDepths(), (value) => value[DEAD_LETTER_QUEUE] === deadBefore + 1, { what: 'one more dead letter' });
    expect(depths[MAILER_QUEUE]).toBe(0);
    expect((await retries()) - retriesBefore).toBe(0);
    expect(mailsTo(member(1900).email)).toHaveLength(0);
  });
});
