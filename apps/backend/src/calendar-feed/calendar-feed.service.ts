import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { generateSecretToken, hashSecretToken } from '../auth/secret-tokens';
import { AppConfig } from '../config/app-config';
import { EventsService } from '../events/events.service';
import { CalendarFeedNotFound } from './calendar-feed-problems';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { CalendarFeedDto } from './dto/calendar-feed.dto';
import { entityTagOf, feedToken, isFeedTokenShaped } from './feed-tokens';

/** How far back the feed reaches: last month's events stay in the calendar. */
export const FEED_HISTORY_DAYS = 30;
/** A cap on the work one request can cause; far above what an association plans. */
export const FEED_MAX_EVENTS = 2000;

const DAY_MS = 86_400_000;

export interface Feed {
  body: string;
  entityTag: string;
}

@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly feeds: CalendarFeedRepository,
    private readonly events: EventsService,
    private readonly config: AppConfig,
  ) {}

  /** My feed's URLs; the first call creates the feed. */
  async urls(userId: string): Promise<CalendarFeedDto> {
    const manager = this.dataSource.manager;
    const row = await this.feeds.find(manager, userId);
    if (!row) return this.rotate(userId);
    const token = feedToken(this.config.auth.jwtSecret, userId, row.salt);
    // After a change of the server secret the old links stopped matching: issue working ones.
    if (hashSecretToken(token) !== row.tokenHash) return this.rotate(userId);
    return this.urlsOf(token);
  }

  /** A new token: the old URL stops working at once. */
  async rotate(userId: string): Promise<CalendarFeedDto> {
    const salt = generateSecretToken();
    const token = feedToken(this.config.auth.jwtSecret, userId, salt);
    await this.feeds.save(this.dataSource.manager, userId, salt, hashSecretToken(token));
    return this.urlsOf(token);
  }

  /** The calendar behind a token; the token opens this and nothing else. */
  async feed(token: string, now = new Date()): Promise<Feed> {
    if (!isFeedTokenShaped(token)) throw new CalendarFeedNotFound();
    const userId = await this.feeds.ownerOf(this.dataSource.manager, hashSecretToken(token));
    if (!userId) throw new CalendarFeedNotFound();
    const since = new Date(now.getTime() - FEED_HISTORY_DAYS * DAY_MS);
    const body = await this.events.calendarFeed(userId, since, FEED_MAX_EVENTS);
    return { body, entityTag: entityTagOf(body) };
  }

  private urlsOf(token: string): CalendarFeedDto {
    const url = new URL(`/api/calendar/${token}.ics`, this.config.appUrl);
    return { url: url.toString(), webcalUrl: `webcal://${url.host}${url.pathname}` };
  }
}
