import { z } from 'zod';
import { rsvpAnswerSchema } from './payloads';

/**
 * What a calendar's REPLY said, once the mailer has checked that it comes back to the address
 * signed for this person and event and names them as ATTENDEE. Whether they may still answer
 * (a member, the event not cancelled) is the backend's to decide. It travels as the report
 * `rsvp.replied` (see reports.ts): like every report, on `agora.reports` to the backend's queue.
 */
export const rsvpRepliedSchema = z.object({
  eventId: z.uuid(),
  userId: z.uuid(),
  answer: rsvpAnswerSchema,
  /** When the mailer received the reply. */
  receivedAt: z.iso.datetime({ offset: true }),
});
export type RsvpReplied = z.infer<typeof rsvpRepliedSchema>;
