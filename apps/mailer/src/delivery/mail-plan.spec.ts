import { randomUUID } from 'node:crypto';
import { AnyEnvelope, createEnvelope, EventNotification, RoutingKey } from '@app/contracts';
import { invitation } from '../../test/support/invitation';
import { ReplyAddresses } from '../replies/reply-address';
import { listUnsubscribeHeaders, planMails } from './mail-plan';

const event = {
  uid: 'e1@agora.test',
  sequence: 2,
  title: 'Picnic\r\nATTENDEE:mailto:intruder@example.org',
  description: null,
  location: null,
  startsAt: '2026-12-15T17:30:00.000Z',
  endsAt: '2026-12-15T19:30:00.000Z',
  timeZone: 'Europe/Paris',
};

function envelope(type: typeof RoutingKey.EventUpdated | typeof RoutingKey.EventCancelled, emails: string[]): AnyEnvelope {
  return createEnvelope(
    type,
    {
      event,
      association: { id: randomUUID(), name: 'Club' },
      organizer: { name: 'Ada', email: 'ada@example.org' },
      recipients: emails.map((email) => ({ email, name: email, locale: 'en' as const, unsubscribeUrl: `https://agora.test/api/unsubscribe/${email}` })),
    },
    { id: randomUUID(), correlationId: 'c', occurredAt: new Date('2026-11-26T08:00:00Z') },
  ) as AnyEnvelope;
}

describe('planMails', () => {
  it('plans one mail per distinct address, whatever its case', () => {
    const sut = planMails(envelope(RoutingKey.EventUpdated, ['a@example.org', 'B@example.org', 'A@Example.org']));
    expect(sut.map((mail) => mail.address)).toEqual(['a@example.org', 'b@example.org']);
  });

  it('gives each recipient a calendar naming only them, with the event sequence', () => {
    const [first, second] = planMails(envelope(RoutingKey.EventUpdated, ['a@example.org', 'b@example.org'])).map((mail) => mail.render());
    expect(first.calendar?.method).toBe('REQUEST');
    expect(first.calendar?.content).toContain('SEQUENCE:2');
    expect(first.calendar?.content.match(/^ATTENDEE/gm)).toHaveLength(1);
    expect(first.calendar?.content).toContain('mailto:a@example.org');
    expect(second.calendar?.content).not.toContain('mailto:a@example.org');
    // The typed line break stays inside SUMMARY: no property is injected.
    expect(first.calendar?.content).not.toMatch(/\r\nATTENDEE:mailto:intruder/);
    expect(first.subject).not.toMatch(/[\r\n]/);
  });

  it("writes the recipient's answer so far as their PARTSTAT, and NEEDS-ACTION for who has not answered", () => {
    const message = envelope(RoutingKey.EventUpdated, ['a@example.org', 'b@example.org']);
    (message.data as EventNotification).recipients[0].answer = 'declined';
    const [answered, silent] = planMails(message).map((mail) => mail.render().calendar?.content ?? '');
    expect(answered.replace(/\r\n[ \t]/g, '')).toMatch(/^ATTENDEE;.*PARTSTAT=DECLINED/m);
    expect(silent.replace(/\r\n[ \t]/g, '')).toMatch(/^ATTENDEE;.*PARTSTAT=NEEDS-ACTION/m);
  });

  it("names as ORGANIZER the association at the recipient's own reply address, never a member's", () => {
    const replies = new ReplyAddresses({ address: 'rsvp@agora.test', secret: 'a-secret-of-at-least-thirty-two-characters' });
    const eventId = randomUUID();
    const [zoe, ada] = [randomUUID(), randomUUID()];
    const message = envelope(RoutingKey.EventUpdated, ['zoe@example.org', 'ada@example.org', 'legacy@example.org']);
    const data = message.data as EventNotification;
    data.event.uid = `${eventId}@agora`;
    data.recipients[0].userId = zoe;
    data.recipients[1].userId = ada;

    const [first, second, legacy] = planMails(message, replies).map((mail) =>
      (mail.render().calendar?.content ?? '').replace(/\r\n[ \t]/g, ''),
    );

    const organizer = (content: string) => /^ORGANIZER;CN=(.*):mailto:(.*)$/m.exec(content)?.slice(1);
    const [cn, address] = organizer(first)!;
    expect(cn).toBe('"Ada"');
    expect(address).toMatch(/^rsvp\+[a-z2-7]{45}@agora\.test$/);
    expect(replies.verify(replies.tokenOf(address)!, { eventId, email: 'zoe@example.org' })).toBe(zoe);
    expect(organizer(second)![1]).not.toBe(address);
    expect(replies.verify(replies.tokenOf(organizer(second)![1])!, { eventId, email: 'ada@example.org' })).toBe(ada);
    // Without an account id nobody could answer for them: the platform's address as it was.
    expect(organizer(legacy)).toEqual(['"Ada"', 'ada@example.org']);
  });

  it('cancels with METHOD:CANCEL and is stable across redeliveries', () => {
    const message = envelope(RoutingKey.EventCancelled, ['a@example.org']);
    const once = planMails(message)[0].render();
    const again = planMails(message)[0].render();
    expect(once.calendar?.method).toBe('CANCEL');
    expect(once.calendar?.content).toContain('STATUS:CANCELLED');
    expect(again.calendar?.content).toBe(once.calendar?.content);
  });

  it('plans an invitation as one mail to the invited person, with no calendar', () => {
    const invited = createEnvelope(
      RoutingKey.MembershipInvited,
      invitation('en', { recipient: { email: 'New@Example.org', name: 'New@Example.org', locale: 'en' } }),
      { id: randomUUID(), correlationId: 'c' },
    ) as AnyEnvelope;

    const sut = planMails(invited);

    expect(sut.map((mail) => mail.address)).toEqual(['new@example.org']);
    expect(sut[0].render().calendar).toBeUndefined();
    expect(sut[0].render().unsubscribeUrl).toBeUndefined();
  });

  it('gives each recipient of event mail their own one-click link', () => {
    const mails = planMails(envelope(RoutingKey.EventUpdated, ['a@example.org', 'b@example.org']));
    expect(mails.map((mail) => mail.render().unsubscribeUrl)).toEqual([
      'https://agora.test/api/unsubscribe/a@example.org',
      'https://agora.test/api/unsubscribe/b@example.org',
    ]);
  });
});

describe('planMails: what each mail reports back', () => {
  it("names the source message, the event, its sequence, the recipient's account and the template", () => {
    const eventId = randomUUID();
    const userId = randomUUID();
    const message = createEnvelope(
      RoutingKey.EventUpdated,
      {
        event: { ...event, id: eventId },
        association: { id: randomUUID(), name: 'Club' },
        organizer: { name: 'Ada', email: 'ada@example.org' },
        recipients: [
          { userId, email: 'a@example.org', name: 'A', locale: 'en' },
          { email: 'b@example.org', name: 'B', locale: 'en' },
        ],
      },
      { id: randomUUID(), correlationId: 'c' },
    ) as AnyEnvelope;

    const [known, unknown] = planMails(message);

    expect(known.outcome).toEqual({
      sourceMessageId: message.id,
      eventId,
      sequence: 2,
      userId,
      template: RoutingKey.EventUpdated,
    });
    // Without an account (an older producer), there is no ledger row to report to.
    expect(unknown.outcome).toBeUndefined();
  });

  it('reports nothing for account mail', () => {
    const verification = createEnvelope(
      RoutingKey.AccountVerificationRequested,
      {
        recipient: { email: 'a@example.org', name: 'A', locale: 'en' },
        verifyUrl: 'https://agora.test/verify?token=t',
        expiresAt: '2026-12-01T00:00:00.000Z',
      },
      { id: randomUUID(), correlationId: 'c' },
    ) as AnyEnvelope;
    expect(planMails(verification)[0].outcome).toBeUndefined();
  });
});

describe('listUnsubscribeHeaders', () => {
  it('asks for a one-click POST to the link (RFC 8058)', () => {
    expect(listUnsubscribeHeaders('https://agora.test/api/unsubscribe/t')).toEqual({
      'List-Unsubscribe': '<https://agora.test/api/unsubscribe/t>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('adds nothing to mail without a link', () => {
    expect(listUnsubscribeHeaders(undefined)).toEqual({});
  });
});
