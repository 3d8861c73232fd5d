import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AnyEnvelope, AnyReportEnvelope, createReport, ReportKey, ReportPayloadOf } from '@app/contracts';
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

  /**
   * The message goes to the dead letters: every recipient not mailed yet is reported dead, with
   * the last error they met. Throws if the reports could not be recorded (the caller then leaves
   * the message to be redelivered).
   */
  async reportDead(envelope: AnyEnvelope, reason: string): Promise<void> {
    const byAddress = new Map(planMails(envelope).map((mail) => [mail.address, mail]));
    const unsent = await this.deliveries.unsentRecipients(envelope.id);
    const reports = unsent.flatMap(({ recipient, lastError }) => {
      const report = this.report(envelope, byAddress.get(recipient), ReportKey.MailDeadLettered, {
        reason: (lastError ?? reason).slice(0, 1000),
      });
      return report ? [report] : [];
    });
    await this.deliveries.insertReports(reports);
  }

  private async deliverOne(envelope: AnyEnvelope, mail: PlannedMail, outcome: DeliveryOutcome): Promise<void> {
    const smtpDone = this.metrics.startSmtpSend(envelope.type);
    let smtpMessageId: string;
    try {
      smtpMessageId = await this.smtp.send(envelope.id, mail, mail.render());
    } catch (error) {
      smtpDone(false);
      const message = ((error as Error).message ?? String(error)) || 'unknown error';
      const permanent = isPermanentRecipientError(error);
      const report = this.report(envelope, mail, ReportKey.MailFailed, { reason: message.slice(0, 1000), permanent });
      if (permanent) {
        outcome.rejected += 1;
        this.logger.warn(`Message ${envelope.id}: the server refused a recipient for good: ${message}`);
        await this.deliveries.markRejected(envelope.id, mail.address, message, report);
      } else {
        outcome.failed += 1;
        outcome.lastError = message;
        await this.deliveries.markFailed(envelope.id, mail.address, message, report).catch(() => undefined);
      }
      return;
    }
    smtpDone(true);
    outcome.sent += 1;
    await this.deliveries.markSent(envelope.id, mail.address, this.report(envelope, mail, ReportKey.MailSent, { smtpMessageId }));
  }

  /** The outcome report of one mail, for mail the backend keeps a ledger of. */
  private report<K extends ReportKey>(
    envelope: AnyEnvelope,
    mail: PlannedMail | undefined,
    type: K,
    details: Omit<ReportPayloadOf<K>, keyof NonNullable<PlannedMail['outcome']>>,
  ): AnyReportEnvelope | undefined {
    if (!mail?.outcome) return undefined;
    return createReport(type, { ...mail.outcome, ...details } as ReportPayloadOf<K>, {
      id: randomUUID(),
      correlationId: envelope.correlationId,
    }) as AnyReportEnvelope;
  }
}
