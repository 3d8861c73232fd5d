import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OutboxModule } from '../outbox/outbox.module';
import { ReminderScheduleModule } from '../reminders/reminder-schedule.module';
import { AttendanceController, RsvpLinksController } from './attendance.controller';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceService } from './attendance.service';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';

@Module({
  imports: [AccessModule, OutboxModule, NotificationsModule, ReminderScheduleModule],
  controllers: [EventsController, AttendanceController, RsvpLinksController],
  providers: [EventsService, EventsRepository, AttendanceService, AttendanceRepository],
  exports: [EventsService],
})
export class EventsModule {}
