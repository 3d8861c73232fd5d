import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OutboxModule } from '../outbox/outbox.module';
import { AttendanceController, RsvpLinksController } from './attendance.controller';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceService } from './attendance.service';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';

@Module({
  imports: [AccessModule, OutboxModule, NotificationsModule],
  controllers: [EventsController, AttendanceController, RsvpLinksController],
  providers: [EventsService, EventsRepository, AttendanceService, AttendanceRepository],
  exports: [EventsService],
})
export class EventsModule {}
