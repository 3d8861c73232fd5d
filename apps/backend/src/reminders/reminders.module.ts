import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { OutboxModule } from '../outbox/outbox.module';
import { ReminderScheduleModule } from './reminder-schedule.module';
import { ReminderSender } from './reminder-sender.service';

/** Sends the reminders the schedule holds when they come due. */
@Module({
  imports: [ReminderScheduleModule, OutboxModule, NotificationsModule],
  providers: [ReminderSender],
})
export class RemindersModule {}
