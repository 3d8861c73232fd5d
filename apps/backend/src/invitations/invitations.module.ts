import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { OutboxModule } from '../outbox/outbox.module';
import { ReminderScheduleModule } from '../reminders/reminder-schedule.module';
import {
  AssociationInvitationsController,
  InvitationLinksController,
  MyInvitationsController,
} from './invitations.controller';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [AccessModule, OutboxModule, ReminderScheduleModule],
  controllers: [
    AssociationInvitationsController,
    MyInvitationsController,
    InvitationLinksController,
  ],
  providers: [InvitationsService, InvitationsRepository],
})
export class InvitationsModule {}
