import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationSettingsDto, UpdateNotificationSettingsDto } from './dto/notifications.dto';
import { NotAMember, UnsubscribeLinkNotFound } from './notification-problems';
import { NotificationsRepository } from './notifications.repository';
import { normalizedLeads } from '../reminders/reminder-rules';
import { ReminderSchedule } from '../reminders/reminder-schedule.service';
import { RemindersRepository } from '../reminders/reminders.repository';
import { UnsubscribeLinks } from './unsubscribe-links';

@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: NotificationsRepository,
    private readonly links: UnsubscribeLinks,
    private readonly reminders: RemindersRepository,
    private readonly schedule: ReminderSchedule,
  ) {}

  async get(userId: string): Promise<NotificationSettingsDto> {
    const manager = this.dataSource.manager;
    return {
      reminderMinutesBefore: await this.reminders.leadsOf(manager, userId),
      associations: await this.settings.settingsOf(manager, userId),
    };
  }

  /** All or nothing: one association I do not belong to refuses the whole change. */
  async update(
    userId: string,
    dto: UpdateNotificationSettingsDto,
  ): Promise<NotificationSettingsDto> {
    await this.dataSource.transaction(async (manager) => {
      const associations = dto.associations ?? [];
      const ids = associations.map((association) => association.id);
      const mine = await this.settings.memberOf(manager, userId, ids);
      if (ids.some((id) => !mine.has(id))) throw new NotAMember();
      for (const { id, eventMail } of associations) {
        if (eventMail) await this.settings.optIn(manager, userId, id);
        else await this.settings.optOut(manager, userId, id);
      }
      if (dto.reminderMinutesBefore)
        await this.reminders.setLeads(manager, userId, normalizedLeads(dto.reminderMinutesBefore));
      await this.schedule.forMember(manager, userId);
    });
    return this.get(userId);
  }

  /** The app page of an unsubscribe link; whatever the token, it is only carried along. */
  pageUrl(token: string): string {
    return this.links.pageUrlFor(token);
  }

  /** The one-click POST: the signed link is the only credential, and repeating it is harmless. */
  async unsubscribe(token: string): Promise<void> {
    const subscription = this.links.read(token);
    if (!subscription) throw new UnsubscribeLinkNotFound();
    await this.dataSource.transaction(async (manager) => {
      await this.settings.optOut(manager, subscription.userId, subscription.associationId);
      await this.schedule.forMember(manager, subscription.userId);
    });
  }
}
