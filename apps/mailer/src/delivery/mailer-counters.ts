import { Injectable } from '@nestjs/common';

/** What the mailer has done since it started; the seed of its Prometheus metrics. */
@Injectable()
export class MailerCounters {
  /** Mails accepted by the SMTP server. */
  sent = 0;
  /** Recipients the SMTP server refused for good (5xx on RCPT TO). */
  rejected = 0;
  /** Failed sends that will be retried. */
  failed = 0;
  /** Messages put on a retry queue. */
  retried = 0;
  /** Messages dead-lettered, by reason. */
  deadLettered = { 'invalid-message': 0, 'attempts-exhausted': 0 };
  /** Messages fully handled and acknowledged. */
  acknowledged = 0;
}
