import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MailReportEnvelope, ReportKey } from '@app/contracts';
import { displayNameSql } from '../users/display-name';

export const DELIVERY_STATUSES = ['queued', 'sent', 'failed', 'dead'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface DeliveryRow {
  userId: string;
  displayName: string;
  status: DeliveryStatus;
  sequence: number;
  template: string;
  at: string;
  reason: string | null;
}

const STATUS_OF_REPORT: Record<MailReportEnvelope['type'], DeliveryStatus> = {
  [ReportKey.MailSent]: 'sent',
  [ReportKey.MailFailed]: 'failed',
  [ReportKey.MailDeadLettered]: 'dead',
};

/** The delivery ledger (`event_deliveries`): one row per event and recipient, the latest status. */
@Injectable()
export class DeliveriesRepository {
  /**
   * In the transaction that writes the outbox message: its recipients are `queued`, following
   * that message from now on. One statement whatever the number of recipients.
   */
  async queue(
    manager: EntityManager,
    mailing: {
      eventId: string;
      associationId: string;
      sequence: number;
      template: string;
      sourceMessageId: string;
      userIds: string[];
    },
  ): Promise<void> {
    if (mailing.userIds.length === 0) return;
    await manager.query(
      `INSERT INTO event_deliveries AS d
              (event_id, association_id, user_id, status, sequence, template, status_at, source_message_id)
       SELECT $1, $2, u.id, 'queued', $3, $4, clock_timestamp(), $5 FROM unnest($6::uuid[]) AS u (id)
       ON CONFLICT (event_id, user_id) DO UPDATE
          SET status = 'queued', sequence = EXCLUDED.sequence, template = EXCLUDED.template,
              status_at = EXCLUDED.status_at, reason = NULL, source_message_id = EXCLUDED.source_message_id,
              reported_at = NULL, smtp_message_id = NULL
        WHERE EXCLUDED.sequence >= d.sequence`,
      [
        mailing.eventId,
        mailing.associationId,
        mailing.sequence,
        mailing.template,
        mailing.sourceMessageId,
        mailing.userIds,
      ],
    );
  }

  /**
   * Applies an outcome report if it is news: about the message the row follows and newer than
   * the last report applied, or about a later sequence. A redelivered or late report changes
   * nothing; one about someone no longer a member (or an event since deleted) is dropped.
   * Returns whether the ledger changed.
   */
  async record(manager: EntityManager, report: MailReportEnvelope): Promise<boolean> {
    const { data } = report;
    const reason = 'reason' in data ? data.reason : null;
    const smtpMessageId = 'smtpMessageId' in data ? data.smtpMessageId : null;
    const rows: unknown[] = await manager.query(
      `INSERT INTO event_deliveries AS d
              (event_id, association_id, user_id, status, sequence, template, status_at, reason,
               source_message_id, reported_at, smtp_message_id)
       SELECT e.id, e.association_id, m.user_id, $3, $4, $5, $6, $7, $8, $6, $9
         FROM events e
         JOIN memberships m ON m.association_id = e.association_id AND m.user_id = $2
        WHERE e.id = $1
       ON CONFLICT (event_id, user_id) DO UPDATE
          SET status = EXCLUDED.status, sequence = EXCLUDED.sequence, template = EXCLUDED.template,
              status_at = EXCLUDED.status_at, reason = EXCLUDED.reason,
              source_message_id = EXCLUDED.source_message_id, reported_at = EXCLUDED.reported_at,
              smtp_message_id = EXCLUDED.smtp_message_id
        WHERE (EXCLUDED.source_message_id = d.source_message_id
               AND (d.reported_at IS NULL OR EXCLUDED.reported_at > d.reported_at))
           OR EXCLUDED.sequence > d.sequence
       RETURNING 1`,
      [
        data.eventId,
        data.userId,
        STATUS_OF_REPORT[report.type],
        data.sequence,
        data.template,
        report.occurredAt,
        reason,
        data.sourceMessageId,
        smtpMessageId,
      ],
    );
    return rows.length > 0;
  }

  async listOfEvent(manager: EntityManager, eventId: string): Promise<DeliveryRow[]> {
    return manager.query(
      `SELECT d.user_id AS "userId", ${displayNameSql('u')} AS "displayName", d.status, d.sequence,
              d.template, d.status_at AS at, d.reason
         FROM event_deliveries d
         JOIN users u ON u.id = d.user_id
        WHERE d.event_id = $1
        ORDER BY lower(${displayNameSql('u')}), d.user_id`,
      [eventId],
    );
  }
}
