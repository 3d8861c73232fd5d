import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { CalendarFeedController, MyCalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { CalendarFeedService } from './calendar-feed.service';

@Module({
  imports: [EventsModule],
  controllers: [MyCalendarFeedController, CalendarFeedController],
  providers: [CalendarFeedService, CalendarFeedRepository],
})
export class CalendarFeedModule {}
