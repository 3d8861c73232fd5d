import { Module } from '@nestjs/common';
import { ReminderScheduleModule } from '../reminders/reminder-schedule.module';
import { MyNotificationsController, UnsubscribeController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { UnsubscribeLinks } from './unsubscribe-links';

@Module({
  imports: [ReminderScheduleModule],
  controllers: [MyNotificationsController, UnsubscribeController],
  providers: [NotificationsService, NotificationsRepository, UnsubscribeLinks],
  exports: [UnsubscribeLinks],
})
export class NotificationsModule {}
