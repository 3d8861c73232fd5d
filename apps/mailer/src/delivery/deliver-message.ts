import { Injectable, Logger } from '@nestjs/common';
import { AnyEnvelope } from '@app/contracts';
import { MailerMetrics } from '../metrics/mailer-metrics';
import { MailerConfig } from '../config/mailer-config';
import { DeliveriesRepository } from '../deliveries/deliveries.repository';
import { isPermanentRecipientError, SmtpTransport } from '../smtp/smtp-transport';
import { ReplyAddresses } from '../replies/reply-address';
import { planMails, PlannedMail } from './mail-plan';

export interface DeliveryOutcome {
  sent: number;
  rejected: number;
  /** Recipients that failed for a reason worth retrying (server down, 4xx…). */
  failed: number;
  lastError?: string;
}

/**
 * Mails every recipient of a message who has not been mailed for it yet. Each acceptance by the
 * SMTP server is recorded at once, so a redelivered message skips those recipients.
 */
@Injectable()
export class DeliverMessage {
  private readonly logger = new Logger(DeliverMessage.name);

  constructor(
    private readonly config: MailerConfig,
    private readonly deliveries: DeliveriesRepository,
    private readonly smtp: SmtpTransport,
    private readonly metrics: MailerMetrics,
    private readonly replies: ReplyAddresses,
  ) {}

  async execute(envelope: AnyEnvelope): Promise<DeliveryOutcome> {
    const planned = planMails(envelope, this.replies);
    const pending = await this.deliveries.pendingRecipients(
      envelope.id,
      envelope.type,
      planned.map((mail) => mail.address),
    );
    const todo = planned.filter((mail) => pending.has(mail.address));
    this.metrics.duplicateSkipped(envelope.type, planned.length - todo.length);
    const outcome: DeliveryOutcome = { sent: 0, rejected: 0, failed: 0 };
    let next = 0;
    const worker = async () => {
      while (next < todo.length) {
        await this.deliverOne(envelope, todo[next++], outcome);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.config.concurrency, todo.length) }, worker));
    return outcome;
  }

  private async deliverOne(envelope: AnyEnvelope, mail: PlannedMail, outcome: DeliveryOutcome): Promise<void> {
    const smtpDone = this.metrics.startSmtpSend(envelope.type);
    try {
      await this.smtp.send(envelope.id, mail, mail.render());
    } catch (error) {
      smtpDone(false);
      const message = (error as Error).message ?? String(error);
      if (isPermanentRecipientError(error)) {
        outcome.rejected += 1;
        this.logger.warn(`Message ${envelope.id}: the server refused a recipient for good: ${message}`);
        await this.deliveries.markRejected(envelope.id, mail.address, message);
      } else {
        outcome.failed += 1;
        outcome.lastError = message;
        await this.deliveries.markFailed(envelope.id, mail.address, message).catch(() => undefined);
      }
      return;
    }
    smtpDone(true);
    outcome.sent += 1;
    await this.deliveries.markSent(envelope.id, mail.address);
  }
}
