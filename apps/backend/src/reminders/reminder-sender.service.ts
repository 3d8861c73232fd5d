import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EventReminder, RoutingKey } from '@app/contracts';
import { AppConfig } from '../config/app-config';
import { calendarEventOf } from '../events/calendar-event';
import { ReminderMetrics } from '../metrics/domain-metrics';
import { UnsubscribeLinks } from '../notifications/unsubscribe-links';
import { OutboxService } from '../outbox/outbox.service';
import { fateOf, groupByMessage } from './reminder-rules';
import { ClaimedReminder, RemindersRepository } from './reminders.repository';

/**
 * Sends due reminders. Every replica polls; each pass claims a batch of due rows with FOR UPDATE
 * SKIP LOCKED, writes their outbox messages and marks them done in one transaction. A crash
 * before the commit leaves the rows due for the next pass (of any replica); after it, they are
 * done and the outbox carries them on. So each reminder reaches the outbox exactly once, and the
 * schedule lives only in PostgreSQL: nothing is lost when every process restarts.
 */
@Injectable()
export class ReminderSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReminderSender.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = true;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly reminders: RemindersRepository,
    private readonly outbox: OutboxService,
    private readonly unsubscribeLinks: UnsubscribeLinks,
    private readonly metrics: ReminderMetrics,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.reminders.enabled) return;
    this.stopped = false;
    this.timer = setInterval(() => this.runScheduled(), this.config.reminders.pollIntervalMs);
    this.runScheduled();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Batch after batch until one comes back short; answers how many reminders were claimed. */
  async sendDue(): Promise<number> {
    const limit = this.config.reminders.batchSize;
    let total = 0;
    for (;;) {
      const claimed = await this.dataSource.transaction((manager) =>
        this.sendBatch(manager, limit),
      );
      total += claimed;
      if (claimed < limit || this.stopped) return total;
    }
  }

  private async sendBatch(manager: EntityManager, limit: number): Promise<number> {
    const claimed = await this.reminders.claimDue(manager, limit);
    const due: ClaimedReminder[] = [];
    const late: ClaimedReminder[] = [];
    for (const reminder of claimed)
      (fateOf(reminder, new Date(reminder.now)) === 'send' ? due : late).push(reminder);
    for (const group of groupByMessage(due)) {
      await this.outbox.enqueue(manager, RoutingKey.EventReminder, this.messageOf(group));
    }
    await this.reminders.markDone(
      manager,
      due.map((reminder) => reminder.id),
      'sent',
    );
    await this.reminders.markDone(
      manager,
      late.map((reminder) => reminder.id),
      'late',
    );
    // Counted before the commit: a pass that rolls back is counted again when its rows are
    // claimed anew, so these may overcount, never miss.
    this.metrics.sent(due.length);
    this.metrics.late(late.length);
    return claimed.length;
  }

  private messageOf(group: ClaimedReminder[]): EventReminder {
    const [first] = group;
    const { appUrl } = this.config;
    return {
      event: calendarEventOf(first.event, appUrl),
      association: { id: first.associationId, name: first.associationName },
      minutesBefore: first.minutesBefore,
      feedUrl: new URL('/me#calendar-feed', appUrl).toString(),
      recipients: group.map((reminder) => ({
        email: reminder.email,
        name: reminder.name,
        locale: reminder.locale,
        unsubscribeUrl: this.unsubscribeLinks.urlFor({
          userId: reminder.userId,
          associationId: reminder.associationId,
        }),
      })),
    };
  }

  /** A pass still running when the timer fires again is left to finish. */
  private runScheduled(): void {
    if (this.running || this.stopped) return;
    this.running = this.sendDue()
      .then(() => undefined)
      .catch((error: Error) =>
        this.logger.warn(`Reminder pass failed, next try in the next interval: ${error.message}`),
      )
      .finally(() => {
        this.running = undefined;
      });
  }
}
