import { z } from 'zod';
import { RoutingKey } from './routing-keys';

export const LOCALES = ['en', 'fr'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/** Someone a mail is addressed to. The mailer renders in `locale`. */
export const recipientSchema = z.object({
  email: z.email(),
  name: z.string().min(1).max(300),
  locale: localeSchema,
});
export type Recipient = z.infer<typeof recipientSchema>;

const httpUrl = z.url({ protocol: /^https?$/ });

export const verificationRequestedSchema = z.object({
  recipient: recipientSchema,
  verifyUrl: httpUrl,
  expiresAt: z.iso.datetime({ offset: true }),
});

export const passwordResetRequestedSchema = z.object({
  recipient: recipientSchema,
  resetUrl: httpUrl,
  expiresAt: z.iso.datetime({ offset: true }),
});

/** Sent to the owner of an address when someone tries to register it again. */
export const registrationAttemptedSchema = z.object({
  recipient: recipientSchema,
  loginUrl: httpUrl,
  resetUrl: httpUrl,
});

/**
 * Sent to the person an admin invited. Nothing changes until they answer: both links open a page
 * of the app that asks first, so a link scanner that follows them changes nothing.
 */
export const membershipInvitedSchema = z.object({
  recipient: recipientSchema,
  association: z.object({ id: z.uuid(), name: z.string().min(1).max(300) }),
  /** The admin who invited, by name only: their address is not the invitee's business. */
  invitedBy: z.string().min(1).max(300),
  role: z.enum(['admin', 'member']),
  title: z.string().max(100).nullable(),
  acceptUrl: httpUrl,
  declineUrl: httpUrl,
  expiresAt: z.iso.datetime({ offset: true }),
});

export const calendarEventSchema = z.object({
  /** The event's id in Agora: outcome reports name it (optional, so older producers still validate). */
  id: z.uuid().optional(),
  /** Stable iCalendar UID of the event. */
  uid: z.string().min(1).max(255),
  /** iCalendar SEQUENCE: grows on every change. */
  sequence: z.number().int().min(0),
  title: z.string().min(1).max(500),
  description: z.string().max(20_000).nullable(),
  location: z.string().max(500).nullable(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  /** IANA time zone the event is shown in, e.g. Europe/Paris. */
  timeZone: z.string().min(1).max(100),
  url: httpUrl.optional(),
});

/** A member's answer to an event: iCalendar's PARTSTAT, lower-cased. */
export const RSVP_ANSWERS = ['accepted', 'tentative', 'declined'] as const;
export const rsvpAnswerSchema = z.enum(RSVP_ANSWERS);
export type RsvpAnswer = z.infer<typeof rsvpAnswerSchema>;

/**
 * A member an event message is mailed to, with what is theirs alone. `unsubscribeUrl`, signed
 * for this person and association, is the RFC 8058 one-click link of the mail's List-Unsubscribe
 * header.
 */
export const eventRecipientSchema = recipientSchema.extend({
  /** Their account: the mailer names it when it reports the mail's outcome back (delivery ledger). */
  userId: z.uuid().optional(),
  /** Their answer so far, written as their PARTSTAT; absent when they have not answered. */
  answer: rsvpAnswerSchema.optional(),
  /**
   * Their personal answer page (it answers for them and this event only); the mail adds
   * `?answer=accepted|tentative|declined`. Absent on a cancellation.
   */
  rsvpUrl: httpUrl.optional(),
  unsubscribeUrl: httpUrl.max(2000).optional(),
});
export type EventRecipient = z.infer<typeof eventRecipientSchema>;

export const eventNotificationSchema = z.object({
  event: calendarEventSchema,
  association: z.object({ id: z.uuid(), name: z.string().min(1).max(300) }),
  /**
   * The association (name) at the platform's address (email): every member receives it, so it is
   * never a member's own address.
   */
  organizer: z.object({ name: z.string().min(1).max(300), email: z.email() }),
  /** Verified members at the moment of the change who did not stop its mail; one mail each. */
  recipients: z.array(eventRecipientSchema).max(100_000),
});

/** A member reminded of an event; the mail carries their one-click unsubscribe link. */
export const reminderRecipientSchema = recipientSchema.extend({
  unsubscribeUrl: httpUrl.max(2000),
});
export type ReminderRecipient = z.infer<typeof reminderRecipientSchema>;

/**
 * "This event starts soon", at a lead time the recipients chose. A plain mail, never an iTIP
 * REQUEST: the invitation is already in their calendar, and a REQUEST would count as a change.
 */
export const eventReminderSchema = z.object({
  event: calendarEventSchema.extend({ url: httpUrl }),
  association: z.object({ id: z.uuid(), name: z.string().min(1).max(300) }),
  /** The lead time the recipients chose (60 or 1440 minutes before the start). */
  minutesBefore: z.number().int().positive(),
  /**
   * The app page that shows the person's private calendar feed. The feed's secret URL itself is
   * never mailed: a forwarded reminder must not hand out someone's whole calendar.
   */
  feedUrl: httpUrl,
  recipients: z.array(reminderRecipientSchema).max(100_000),
});

export type VerificationRequested = z.infer<typeof verificationRequestedSchema>;
export type PasswordResetRequested = z.infer<typeof passwordResetRequestedSchema>;
export type RegistrationAttempted = z.infer<typeof registrationAttemptedSchema>;
export type MembershipInvited = z.infer<typeof membershipInvitedSchema>;
export type CalendarEvent = z.infer<typeof calendarEventSchema>;
export type EventNotification = z.infer<typeof eventNotificationSchema>;
export type EventReminder = z.infer<typeof eventReminderSchema>;

/** The payload schema of each routing key: the single source of truth for both sides. */
export const payloadSchemas = {
  [RoutingKey.AccountVerificationRequested]: verificationRequestedSchema,
  [RoutingKey.AccountPasswordResetRequested]: passwordResetRequestedSchema,
  [RoutingKey.AccountRegistrationAttempted]: registrationAttemptedSchema,
  [RoutingKey.MembershipInvited]: membershipInvitedSchema,
  [RoutingKey.EventCreated]: eventNotificationSchema,
  [RoutingKey.EventUpdated]: eventNotificationSchema,
  [RoutingKey.EventCancelled]: eventNotificationSchema,
  [RoutingKey.EventReminder]: eventReminderSchema,
} as const satisfies Record<RoutingKey, z.ZodType>;

export type PayloadOf<K extends RoutingKey> = z.infer<(typeof payloadSchemas)[K]>;
