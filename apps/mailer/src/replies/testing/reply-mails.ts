/**
 * Calendar replies shaped like those of the common clients, written from RFC 5546 §3.2.3 and
 * RFC 6047 and from what each client is documented to send (none copied from a real mailbox).
 */
export interface ReplyFields {
  uid: string;
  attendee: string;
  /** As the client writes it: ACCEPTED, Tentative, declined… */
  partstat: string;
  /** The address the reply goes to (our ORGANIZER); absent: no ORGANIZER (Outlook.com). */
  organizer?: string;
  from?: string;
}

const CRLF = '\r\n';

/** RFC 5545 §3.1: lines longer than 75 octets continue on the next line after a space. */
export function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Never split a UTF-8 sequence.
    while (end < bytes.length && (bytes[end] & 0xc0) === 0x80) end -= 1;
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
    limit = 74;
  }
  return parts.join(`${CRLF} `);
}

const calendar = (lines: string[]) => lines.map(fold).join(CRLF) + CRLF;
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64').replace(/.{76}/g, `$&${CRLF}`);

function headers(fields: ReplyFields, subject: string, contentType: string): string[] {
  return [
    `From: Zoé Martin <${fields.from ?? fields.attendee}>`,
    `To: ${fields.organizer ?? 'rsvp@agora.test'}`,
    `Subject: ${subject}`,
    'Date: Mon, 30 Nov 2026 09:00:00 +0000',
    'Message-ID: <reply-1@client.test>',
    'MIME-Version: 1.0',
    `Content-Type: ${contentType}`,
  ];
}

/** Outlook / Outlook.com: no ORGANIZER, PARTSTAT upper case, the calendar inline in base64. */
export function outlookReply(fields: ReplyFields): string {
  const ics = calendar([
    'BEGIN:VCALENDAR',
    'METHOD:REPLY',
    'PRODID:Microsoft Exchange Server 2010',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    `ATTENDEE;PARTSTAT=${fields.partstat};CN=Zoé Martin:mailto:${fields.attendee}`,
    'COMMENT;LANGUAGE=en-US:\\n',
    'SUMMARY;LANGUAGE=en-US:Accepted: Spring concert',
    'DTSTART:20300301T173000Z',
    'DTEND:20300301T193000Z',
    `UID:${fields.uid}`,
    'CLASS:PUBLIC',
    'PRIORITY:5',
    'DTSTAMP:20261130T090000Z',
    'TRANSP:OPAQUE',
    'STATUS:CONFIRMED',
    'SEQUENCE:0',
    'X-MICROSOFT-CDO-APPT-SEQUENCE:0',
    'X-MICROSOFT-CDO-OWNERAPPTID:0',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
  return [
    ...headers(fields, 'Accepted: Spring concert', 'multipart/alternative; boundary="_000_outlook_"'),
    '',
    '--_000_outlook_',
    'Content-Type: text/plain; charset="utf-8"',
    '',
    '',
    '--_000_outlook_',
    'Content-Type: text/calendar; charset="utf-8"; method=REPLY',
    'Content-Transfer-Encoding: base64',
    '',
    base64(ics),
    '',
    '--_000_outlook_--',
    '',
  ].join(CRLF);
}

/** Gmail: the calendar inline (7bit) and again as invite.ics in base64, ORGANIZER present. */
export function gmailReply(fields: ReplyFields): string {
  const ics = calendar([
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:REPLY',
    'BEGIN:VEVENT',
    'DTSTART:20300301T173000Z',
    'DTEND:20300301T193000Z',
    'DTSTAMP:20261130T090000Z',
    `ORGANIZER;CN=Chess club:mailto:${fields.organizer ?? 'rsvp@agora.test'}`,
    `UID:${fields.uid}`,
    `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${fields.partstat};CN=Zoé Martin;X-NUM-GUESTS=0:mailto:${fields.attendee}`,
    'CREATED:20261129T100000Z',
    'LAST-MODIFIED:20261130T090000Z',
    'SEQUENCE:0',
    'STATUS:CONFIRMED',
    'SUMMARY:Spring concert',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
  return [
    ...headers(fields, 'Invitation: Spring concert', 'multipart/mixed; boundary="000gmail1"'),
    '',
    '--000gmail1',
    'Content-Type: multipart/alternative; boundary="000gmail2"',
    '',
    '--000gmail2',
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    'Zoé Martin has accepted this invitation.',
    '--000gmail2',
    'Content-Type: text/calendar; charset="UTF-8"; method=REPLY',
    'Content-Transfer-Encoding: 7bit',
    '',
    ics,
    '--000gmail2--',
    '--000gmail1',
    'Content-Type: application/ics; name="invite.ics"',
    'Content-Disposition: attachment; filename="invite.ics"',
    'Content-Transfer-Encoding: base64',
    '',
    base64(ics),
    '--000gmail1--',
    '',
  ].join(CRLF);
}

/** Apple Calendar: lower-case parameters, quoted CN, long lines folded, quoted-printable. */
export function appleReply(fields: ReplyFields): string {
  const ics = calendar([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Apple Inc.//macOS 15.1//EN',
    'METHOD:REPLY',
    'BEGIN:VEVENT',
    `attendee;cn="Zoé Martin";cutype=individual;email="${fields.attendee}";partstat=${fields.partstat};role=req-participant:mailto:${fields.attendee}`,
    'DTEND;TZID=Europe/Paris:20300301T203000',
    'DTSTAMP:20261130T090000Z',
    'DTSTART;TZID=Europe/Paris:20300301T183000',
    `organizer;cn="Chess club":mailto:${fields.organizer ?? 'rsvp@agora.test'}`,
    'SEQUENCE:0',
    'SUMMARY:Spring concert — a long title that makes this line fold past seventy-five octets',
    `UID:${fields.uid}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
  const quotedPrintable = Buffer.from(ics, 'utf8')
    .toString('latin1')
    .replace(/[=\u0080-\u00ff]/g, (char) => `=${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .replace(/\r\n/g, '=0D=0A=\r\n');
  return [
    ...headers(fields, 'Invitation: Spring concert (Accepted)', 'multipart/alternative; boundary="Apple-Mail=_1"'),
    '',
    '--Apple-Mail=_1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Zoé Martin has accepted.',
    '--Apple-Mail=_1',
    'Content-Disposition: inline; filename=iCal-20261130-090000.ics',
    'Content-Type: text/calendar; method=reply; name="iCal-20261130-090000.ics"; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable,
    '--Apple-Mail=_1--',
    '',
  ].join(CRLF);
}

/** Thunderbird: a plain text body and the reply attached as invite.ics in base64. */
export function thunderbirdReply(fields: ReplyFields): string {
  const ics = calendar([
    'BEGIN:VCALENDAR',
    'PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN',
    'VERSION:2.0',
    'METHOD:REPLY',
    'BEGIN:VEVENT',
    'CREATED:20261129T100000Z',
    'LAST-MODIFIED:20261130T090000Z',
    'DTSTAMP:20261130T090000Z',
    `UID:${fields.uid}`,
    'SUMMARY:Spring concert',
    `ORGANIZER;CN=Chess club:mailto:${fields.organizer ?? 'rsvp@agora.test'}`,
    `ATTENDEE;RSVP=TRUE;CN=Zoé Martin;PARTSTAT=${fields.partstat};ROLE=REQ-PARTICIPANT:mailto:${fields.attendee}`,
    'DTSTART:20300301T173000Z',
    'DTEND:20300301T193000Z',
    'SEQUENCE:0',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
  return [
    ...headers(fields, 'Accepted: Spring concert', 'multipart/mixed; boundary="------------tb1"'),
    '',
    '--------------tb1',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    'Zoé Martin has accepted your event invitation.',
    '--------------tb1',
    'Content-Type: application/ics; name="invite.ics"',
    'Content-Disposition: attachment; filename="invite.ics"',
    'Content-Transfer-Encoding: base64',
    '',
    base64(ics),
    '--------------tb1--',
    '',
  ].join(CRLF);
}

/** A mail whose only part is the given calendar text, inline. */
export function calendarMail(ics: string, fields: Partial<ReplyFields> = {}): string {
  return [
    ...headers(
      { uid: '', attendee: 'zoe@example.org', partstat: '', ...fields },
      'Reply',
      'text/calendar; method=REPLY; charset=utf-8',
    ),
    '',
    ics,
  ].join(CRLF);
}

export { calendar as calendarText };
