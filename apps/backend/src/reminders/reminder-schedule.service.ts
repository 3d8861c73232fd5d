import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ReminderMetrics } from '../metrics/domain-metrics';
import { RemindersRepository } from './reminders.repository';

/**
 * Keeps the reminder schedule in step with what it depends on. Callers pass the manager of the
 * transaction that made the change, so the schedule commits with it: an event moved, cancelled or
 * created; a person who joined, or changed which mail and which lead times they want. (A member
 * who leaves loses their reminders through the foreign key on the membership.)
 */
@Injectable()
export class ReminderSchedule {
  constructor(
    private readonly config: AppConfig,
    private readonly reminders: RemindersRepository,
    private readonly metrics: ReminderMetrics,
  ) {}

  async forEvents(manager: EntityManager, eventIds: string[]): Promise<void> {
    if (eventIds.length === 0) return;
    await this.reschedule(manager, { eventIds });
  }

  async forMember(manager: EntityManager, userId: string): Promise<void> {
    await this.reschedule(manager, { userId });
  }

  private async reschedule(
    manager: EntityManager,
    scope: Parameters<RemindersRepository['reschedule']>[1],
  ): Promise<void> {
    const { scheduled } = await this.reminders.reschedule(
      manager,
      scope,
      this.config.reminders.leadUnitSeconds,
    );
    this.metrics.scheduled(scheduled);
  }
}
