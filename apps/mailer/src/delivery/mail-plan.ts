import { AnyEnvelope, eventIdOfUid, EventNotification, EventRecipient, MailOutcome, Recipient, RoutingKey, RsvpAnswer } from '@app/contracts';
import { assertCalendarEvent, buildCalendar, CalendarMethod, ParticipationStatus } from '@app/calendar';
import { passwordResetMail, registrationAttemptMail, verificationMail } from '../templates/account-mails';
import { eventMail } from '../templates/event-mails';
import { membershipInvitedMail } from '../templates/membership-mails';
import { reminderMail } from '../templates/reminder-mails';
import { RenderedMail } from '../templates/rendered-mail';
import type { ReplyAddresses } from '../replies/reply-address';

export interface CalendarPart {
  method: CalendarMethod;
  content: string;
}

export interface MailContent extends RenderedMail {
  calendar?: CalendarPart;
  /** Mail people can stop (event mail) names the one-click link; account mail never does. */
  unsubscribeUrl?: string;
}

/**
 * RFC 8058: the https link in List-Unsubscribe, and List-Unsubscribe-Post so that mail providers
 * POST `List-Unsubscribe=One-Click` to it instead of following it (a GET changes nothing).
 */
export function listUnsubscribeHeaders(url: string | undefined): Record<string, string> {
  if (!url) return {};
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

/** One mail to one recipient; rendered only when it is about to be sent. */
export interface PlannedMail {
  recipient: Recipient;
  /** The idempotency key's recipient half: the address, lower-cased. */
  address: string;
  /**
   * What the outcome report of this mail names (event mail to a known account); absent for mail
   * the backend keeps no ledger of.
   */
  outcome?: MailOutcome;
  render(): MailContent;
}

const PARTICIPATION: Record<RsvpAnswer, ParticipationStatus> = {
  accepted: 'ACCEPTED',
  tentative: 'TENTATIVE',
  declined: 'DECLINED',
};

/** A recipient listed twice is mailed once. */
function onceEach<T extends Recipient>(recipients: T[]): T[] {
  const seen = new Set<string>();
  return recipients.filter((recipient) => {
    const address = recipient.email.toLowerCase();
    if (seen.has(address)) return false;
    seen.add(address);
    return true;
  });
}

const plan = (recipient: Recipient, render: () => MailContent, outcome?: MailOutcome): PlannedMail => ({
  recipient,
  address: recipient.email.toLowerCase(),
  ...(outcome && { outcome }),
  render,
});

/**
 * The association (CN) at the recipient's own reply address, so that their calendar's REPLY comes
 * back to us signed for them and this event. A recipient without an account id keeps the
 * platform's plain address: nobody could answer for them.
 */
function organizerFor(
  data: EventNotification,
  recipient: EventRecipient,
  replies: ReplyAddresses | undefined,
): { name: string; email: string } {
  const eventId = eventIdOfUid(data.event.uid);
  if (!replies || !recipient.userId || !eventId) return data.organizer;
  const email = replies.addressFor({ eventId, userId: recipient.userId, email: recipient.email });
  return { name: data.organizer.name, email };
}

/**
 * Turns a validated message into one mail per recipient, never a shared To/Cc/Bcc list. A
 * recipient listed twice is mailed once. Throws CalendarInputError for an event whose calendar
 * cannot be written (outside the allowed years, too long…): retrying would not change that.
 */
export function planMails(envelope: AnyEnvelope, replies?: ReplyAddresses): PlannedMail[] {
  switch (envelope.type) {
    case RoutingKey.AccountVerificationRequested:
      return [plan(envelope.data.recipient, () => verificationMail(envelope.data))];
    case RoutingKey.AccountPasswordResetRequested:
      return [plan(envelope.data.recipient, () => passwordResetMail(envelope.data))];
    case RoutingKey.AccountRegistrationAttempted:
      return [plan(envelope.data.recipient, () => registrationAttemptMail(envelope.data))];
    case RoutingKey.MembershipInvited:
      return [plan(envelope.data.recipient, () => membershipInvitedMail(envelope.data))];
    case RoutingKey.EventCreated:
    case RoutingKey.EventUpdated:
    case RoutingKey.EventCancelled: {
      const { type, data } = envelope;
      const method: CalendarMethod = type === RoutingKey.EventCancelled ? 'CANCEL' : 'REQUEST';
      // An event no calendar can be written for fails here, once, before anyone is mailed.
      assertCalendarEvent(data.event);
      return onceEach(data.recipients).map((recipient) =>
        plan(
          recipient,
          () => ({
          ...eventMail(type, data, recipient),
          unsubscribeUrl: recipient.unsubscribeUrl,
          calendar: {
            method,
            content: buildCalendar({
              method,
              event: data.event,
              organizer: organizerFor(data, recipient, replies),
              attendee: {
                name: recipient.name,
                email: recipient.email,
                participation: recipient.answer ? PARTICIPATION[recipient.answer] : undefined,
              },
              // DTSTAMP is when the change happened, so a redelivery builds the same calendar.
              now: new Date(envelope.occurredAt),
            }),
          },
        }),
          recipient.userId && data.event.id
            ? {
                sourceMessageId: envelope.id,
                eventId: data.event.id,
                sequence: data.event.sequence,
                userId: recipient.userId,
                template: type,
              }
            : undefined,
        ),
      );
    }
    case RoutingKey.EventReminder: {
      const { data } = envelope;
      return onceEach(data.recipients).map((recipient) =>
        plan(recipient, () => ({
          ...reminderMail(data, recipient),
          unsubscribeUrl: recipient.unsubscribeUrl,
        })),
      );
    }
  }
}
