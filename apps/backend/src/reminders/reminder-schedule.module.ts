import { Module } from '@nestjs/common';
import { ReminderSchedule } from './reminder-schedule.service';
import { RemindersRepository } from './reminders.repository';

/**
 * The schedule alone, for the features whose changes move reminders (events, memberships,
 * notification settings); the poller that sends them lives in RemindersModule.
 */
@Module({
  providers: [ReminderSchedule, RemindersRepository],
  exports: [ReminderSchedule, RemindersRepository],
})
export class ReminderScheduleModule {}
