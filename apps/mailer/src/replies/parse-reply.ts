import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { RsvpAnswer } from '@app/contracts';

/** What an iTIP REPLY says (RFC 5546 §3.2.3), before anyone checked who sent it. */
export interface CalendarReply {
  uid: string;
  /** The replying ATTENDEE's address, without `mailto:`. */
  attendee: string;
  answer: RsvpAnswer;
}

/** Why a mail is not a reply we can use; also the metric's outcome label. */
export type UnusableReason = 'not_calendar' | 'not_reply' | 'malformed';

export type ReplyParseResult =
  | { ok: true; reply: CalendarReply }
  | { ok: false; reason: UnusableReason; detail: string };

/** NEEDS-ACTION and DELEGATED say nothing about coming: such a reply changes nothing. */
const ANSWERS: Record<string, RsvpAnswer> = {
  ACCEPTED: 'accepted',
  TENTATIVE: 'tentative',
  DECLINED: 'declined',
};

const CALENDAR_TYPES = new Set(['text/calendar', 'application/ics', 'text/x-vcalendar']);

const unusable = (reason: UnusableReason, detail: string): ReplyParseResult => ({
  ok: false,
  reason,
  detail,
});

/**
 * Reads the calendar reply out of a mail. Clients put it inline (`text/calendar; method=REPLY`,
 * Outlook, Gmail, Apple), attach it as an .ics (Thunderbird, often base64), or both (Gmail):
 * every calendar part is read and they must agree. Only a REPLY with one VEVENT, a UID, one
 * ATTENDEE and a PARTSTAT that answers is usable; ORGANIZER is not required (Outlook.com leaves
 * it out). Never throws.
 */
export async function parseReplyMail(raw: Buffer): Promise<ReplyParseResult> {
  let calendars: string[];
  try {
    const mail = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true });
    calendars = mail.attachments
      .filter(
        (part) =>
          CALENDAR_TYPES.has(part.contentType.toLowerCase()) ||
          /\.ics$/i.test(part.filename ?? ''),
      )
      .map((part) => part.content.toString('utf8'));
  } catch (error) {
    return unusable('malformed', `unreadable mail: ${(error as Error).message}`);
  }
  if (calendars.length === 0) return unusable('not_calendar', 'no calendar part');

  let found: CalendarReply | undefined;
  for (const text of new Set(calendars.map((calendar) => calendar.trim()))) {
    const result = parseReplyCalendar(text);
    if (!result.ok) return result;
    const { reply } = result;
    if (
      found &&
      (found.uid !== reply.uid || found.attendee !== reply.attendee || found.answer !== reply.answer)
    ) {
      return unusable('malformed', 'calendar parts disagree');
    }
    found = reply;
  }
  return { ok: true, reply: found! };
}

/** One iCalendar object that must be a REPLY about one event from one attendee. */
export function parseReplyCalendar(text: string): ReplyParseResult {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    return unusable('malformed', `unreadable calendar: ${(error as Error).message}`);
  }
  if (calendar.name !== 'vcalendar') return unusable('malformed', 'not a VCALENDAR');
  const method = String(calendar.getFirstPropertyValue('method') ?? '').toUpperCase();
  if (method !== 'REPLY') return unusable('not_reply', `METHOD is ${method || 'missing'}`);

  const events = calendar.getAllSubcomponents('vevent');
  if (events.length !== 1) return unusable('malformed', `${events.length} VEVENTs`);
  const [event] = events;
  const uid = event.getFirstPropertyValue('uid');
  if (typeof uid !== 'string' || uid.trim() === '') return unusable('malformed', 'no UID');

  const attendees = event.getAllProperties('attendee');
  if (attendees.length !== 1) return unusable('malformed', `${attendees.length} ATTENDEEs`);
  const [attendee] = attendees;
  const address = /^mailto:(.+)$/i.exec(String(attendee.getFirstValue() ?? '').trim())?.[1];
  if (!address || !address.includes('@')) return unusable('malformed', 'ATTENDEE is not a mailto: address');
  const partstat = String(attendee.getParameter('partstat') ?? '').toUpperCase();
  const answer = ANSWERS[partstat];
  if (!answer) return unusable('malformed', `PARTSTAT ${partstat || 'missing'}`);

  return { ok: true, reply: { uid: uid.trim(), attendee: address.trim().toLowerCase(), answer } };
}
