import {
  appleReply,
  calendarMail,
  calendarText,
  gmailReply,
  outlookReply,
  ReplyFields,
  thunderbirdReply,
} from './testing/reply-mails';
import { parseReplyCalendar, parseReplyMail } from './parse-reply';

const UID = '0b6a8f2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b@agora';
const fields = (partstat: string, extra: Partial<ReplyFields> = {}): ReplyFields => ({
  uid: UID,
  attendee: 'Zoe@Example.org',
  partstat,
  organizer: 'rsvp+abc@agora.test',
  ...extra,
});
const parse = (mail: string) => parseReplyMail(Buffer.from(mail, 'utf8'));

const reply = (lines: string[]) =>
  calendarText(['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR']);
const event = (...lines: string[]) => [
  'BEGIN:VEVENT',
  `UID:${UID}`,
  'DTSTAMP:20261130T090000Z',
  ...lines,
  'END:VEVENT',
];
const zoe = 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:zoe@example.org';

describe('parseReplyMail', () => {
  it.each([
    ['Outlook (no ORGANIZER, PARTSTAT upper case, base64 inline)', outlookReply, 'ACCEPTED', 'accepted'],
    ['Gmail (inline and attached, the same calendar twice)', gmailReply, 'TENTATIVE', 'tentative'],
    ['Apple Calendar (lower-case parameters, folded lines, quoted-printable)', appleReply, 'declined', 'declined'],
    ['Thunderbird (attached invite.ics in base64)', thunderbirdReply, 'Accepted', 'accepted'],
  ])('reads a reply shaped like %s', async (_client, build, partstat, answer) => {
    const mail = build(fields(partstat));

    await expect(parse(mail)).resolves.toEqual({
      ok: true,
      reply: { uid: UID, attendee: 'zoe@example.org', answer },
    });
  });

  it('reads an Outlook reply even though it names no ORGANIZER', async () => {
    const mail = outlookReply(fields('DECLINED', { organizer: undefined }));
    expect(mail).not.toMatch(/ORGANIZER/);

    await expect(parse(mail)).resolves.toMatchObject({ ok: true, reply: { answer: 'declined' } });
  });

  it('reads a folded ATTENDEE line whose address is split across lines', () => {
    const long = `ATTENDEE;CN="A rather long display name, for folding";PARTSTAT=TENTATIVE:mailto:zoe@example.org`;
    const text = reply(['METHOD:REPLY', ...event(long)]);
    expect(text).toMatch(/\r\n /);

    expect(parseReplyCalendar(text)).toEqual({
      ok: true,
      reply: { uid: UID, attendee: 'zoe@example.org', answer: 'tentative' },
    });
  });

  it.each([
    ['a mail without any calendar', 'From: a@b.test\r\nSubject: hi\r\n\r\nI will come!\r\n', 'not_calendar'],
    ['a calendar without METHOD', calendarMail(reply(event(zoe))), 'not_reply'],
    ['an invitation (METHOD:REQUEST)', calendarMail(reply(['METHOD:REQUEST', ...event(zoe)])), 'not_reply'],
    ['a cancellation (METHOD:CANCEL)', calendarMail(reply(['METHOD:CANCEL', ...event(zoe)])), 'not_reply'],
    ['two VEVENTs', calendarMail(reply(['METHOD:REPLY', ...event(zoe), ...event(zoe)])), 'malformed'],
    ['no VEVENT', calendarMail(reply(['METHOD:REPLY'])), 'malformed'],
    ['no UID', calendarMail(reply(['METHOD:REPLY', 'BEGIN:VEVENT', zoe, 'END:VEVENT'])), 'malformed'],
    ['no ATTENDEE', calendarMail(reply(['METHOD:REPLY', ...event()])), 'malformed'],
    [
      'two ATTENDEEs',
      calendarMail(reply(['METHOD:REPLY', ...event(zoe, 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:eve@example.org')])),
      'malformed',
    ],
    ['an ATTENDEE that is no address', calendarMail(reply(['METHOD:REPLY', ...event('ATTENDEE;PARTSTAT=ACCEPTED:urn:uuid:1')])), 'malformed'],
    ['PARTSTAT=NEEDS-ACTION', calendarMail(reply(['METHOD:REPLY', ...event('ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:zoe@example.org')])), 'malformed'],
    ['PARTSTAT=DELEGATED', calendarMail(reply(['METHOD:REPLY', ...event('ATTENDEE;PARTSTAT=DELEGATED:mailto:zoe@example.org')])), 'malformed'],
    ['no PARTSTAT', calendarMail(reply(['METHOD:REPLY', ...event('ATTENDEE:mailto:zoe@example.org')])), 'malformed'],
    ['garbage in a calendar part', calendarMail('BEGIN:VCALENDAR\r\n\u0000\u0001garbage;;;:\r\nEND:VCALENDAR'), 'malformed'],
    ['a calendar part that is not a VCALENDAR', calendarMail('BEGIN:VCARD\r\nFN:Eve\r\nEND:VCARD\r\n'), 'malformed'],
    ['an empty calendar part', calendarMail(''), 'malformed'],
    ['bytes that are not a mail at all', '\u0000\u00ff\u0013\r\n\r\n\u0000', 'not_calendar'],
  ])('drops %s', async (_case, mail, reason) => {
    await expect(parse(mail)).resolves.toMatchObject({ ok: false, reason });
  });

  it('drops a mail whose calendar parts disagree', async () => {
    const accepted = gmailReply(fields('ACCEPTED'));
    const [inline, attached] = accepted.split('--000gmail1\r\nContent-Type: application/ics');
    const declined = gmailReply(fields('DECLINED')).split('--000gmail1\r\nContent-Type: application/ics')[1];
    expect(attached).not.toBe(declined);

    await expect(parse(`${inline}--000gmail1\r\nContent-Type: application/ics${declined}`)).resolves.toMatchObject({
      ok: false,
      reason: 'malformed',
    });
  });

  it('reads a huge calendar without throwing', async () => {
    const huge = reply(['METHOD:REPLY', ...event(zoe, `DESCRIPTION:${'x'.repeat(200_000)}`)]);

    await expect(parse(calendarMail(huge))).resolves.toMatchObject({ ok: true });
  });
});
