import { createHash } from 'node:crypto';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { MailerConfig } from '../config/mailer-config';
import { listUnsubscribeHeaders, type MailContent, type PlannedMail } from '../delivery/mail-plan';

/** An error the SMTP server gave for this recipient in particular, and for good (5xx). */
export function isPermanentRecipientError(error: unknown): boolean {
  const { code, responseCode } = (error ?? {}) as { code?: string; responseCode?: number };
  return code === 'EENVELOPE' && typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
}

/** nodemailer over a pool of SMTP connections, one mail per recipient. */
@Injectable()
export class SmtpTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;
  private readonly fromDomain: string;

  constructor(private readonly config: MailerConfig) {
    this.transporter = nodemailer.createTransport({
      url: config.smtpUrl,
      pool: true,
      maxConnections: config.smtpPoolSize,
      maxMessages: Infinity,
    });
    this.fromDomain = /@([^>\s]+)/.exec(config.mailFrom)?.[1] ?? 'agora.local';
  }

  /** Resolves, with the mail's Message-ID, once the server accepted the mail for the recipient. */
  async send(messageId: string, mail: PlannedMail, content: MailContent): Promise<string> {
    // The same (message, recipient) always carries the same Message-ID, so a receiving system
    // that sees a rare duplicate (a crash between acceptance and our record) can recognise it.
    const localPart = createHash('sha256').update(`${messageId}:${mail.address}`).digest('hex').slice(0, 32);
    const smtpMessageId = `<${localPart}@${this.fromDomain}>`;
    await this.transporter.sendMail({
      from: this.config.mailFrom,
      to: { name: mail.recipient.name, address: mail.recipient.email },
      subject: content.subject,
      text: content.text,
      html: content.html,
      messageId: smtpMessageId,
      headers: { 'X-Agora-Message-Id': messageId, ...listUnsubscribeHeaders(content.unsubscribeUrl) },
      // nodemailer adds the text/calendar; method=… alternative AND an invite.ics attachment
      // with the same content; adding another attachment would make a third calendar part.
      ...(content.calendar && {
        icalEvent: { method: content.calendar.method, filename: 'invite.ics', content: content.calendar.content },
      }),
    });
    return smtpMessageId;
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
