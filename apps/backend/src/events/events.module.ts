import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { InboundMessagesModule } from '../inbound/inbound-messages.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OutboxModule } from '../outbox/outbox.module';
import { ReminderScheduleModule } from '../reminders/reminder-schedule.module';
import { AttendanceController, RsvpLinksController } from './attendance.controller';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceService } from './attendance.service';
import { DeliveriesController } from './deliveries.controller';
import { DeliveriesRepository } from './deliveries.repository';
import { DeliveriesService } from './deliveries.service';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';

@Module({
  imports: [
    AccessModule,
    OutboxModule,
    NotificationsModule,
    ReminderScheduleModule,
    InboundMessagesModule,
  ],
  controllers: [EventsController, AttendanceController, RsvpLinksController, DeliveriesController],
  providers: [
    EventsService,
    EventsRepository,
    AttendanceService,
    AttendanceRepository,
    DeliveriesService,
    DeliveriesRepository,
  ],
  exports: [EventsService],
})
export class EventsModule {}
