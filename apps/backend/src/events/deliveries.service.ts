import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MailReportEnvelope, ReportKey } from '@app/contracts';
import { AuthUser } from '../auth/auth-user';
import { InboundMessages } from '../inbound/inbound-messages.service';
import { DeliveriesDto, DeliveryDto } from './dto/deliveries.dto';
import { DeliveryRecipientNotFound, EventCancelled } from './event-problems';
import { DeliveriesRepository, DELIVERY_STATUSES } from './deliveries.repository';
import { EventsService } from './events.service';

/**
 * The delivery ledger: what became of each recipient's mail about an event, as the mailer reports
 * it, and resending to one of them.
 */
@Injectable()
export class DeliveriesService implements OnModuleInit {
  private readonly logger = new Logger(DeliveriesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly deliveries: DeliveriesRepository,
    private readonly inbound: InboundMessages,
  ) {}

  onModuleInit(): void {
    const record = (report: MailReportEnvelope) => this.record(report);
    this.inbound.on(ReportKey.MailSent, record);
    this.inbound.on(ReportKey.MailFailed, record);
    this.inbound.on(ReportKey.MailDeadLettered, record);
  }

  /** Applies a report from the mailer; a repeated or outdated one changes nothing. */
  async record(report: MailReportEnvelope): Promise<void> {
    const changed = await this.deliveries.record(this.dataSource.manager, report);
    if (!changed)
      this.logger.debug(
        `Report ${report.id} (${report.type}) changed nothing: repeated, outdated or about a non-member`,
      );
  }

  async list(user: AuthUser, eventId: string): Promise<DeliveriesDto> {
    const manager = this.dataSource.manager;
    const { event } = await this.events.authorize(manager, user, eventId, 'content:manage');
    const rows = await this.deliveries.listOfEvent(manager, event.id);
    const recipients: DeliveryDto[] = rows.map(({ template: _template, at, ...row }) => ({
      ...row,
      at: new Date(at).toISOString(),
    }));
    const totals = Object.fromEntries(DELIVERY_STATUSES.map((status) => [status, 0])) as Record<
      (typeof DELIVERY_STATUSES)[number],
      number
    >;
    for (const recipient of recipients) totals[recipient.status] += 1;
    return { totals: { recipients: recipients.length, ...totals }, recipients };
  }

  /** Mails the member the current invitation again, through the outbox like every mail. */
  async resend(user: AuthUser, eventId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { event, access } = await this.events.authorize(
        manager,
        user,
        eventId,
        'content:manage',
        true,
      );
      if (event.status === 'cancelled') throw new EventCancelled();
      if (!(await this.events.remail(manager, event, access, userId)))
        throw new DeliveryRecipientNotFound();
    });
  }
}
