import { Controller, Get, Headers, HttpCode, Param, Post, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiHeader,
  ApiOkResponse,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { FeedThrottlerGuard } from './feed-throttler.guard';
import { AuthUser, CurrentUser, Public } from '../auth/auth-user';
import { ApiProblems } from '../common/api-problems.decorator';
import { FeedMetrics } from '../metrics/domain-metrics';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarFeedDto } from './dto/calendar-feed.dto';
import { matchesEntityTag } from './feed-tokens';

@ApiTags('calendar feed')
@ApiBearerAuth()
@ApiProblems(401)
@Controller('me/calendar-feed')
export class MyCalendarFeedController {
  constructor(private readonly service: CalendarFeedService) {}

  @Get()
  @ApiOkResponse({ type: CalendarFeedDto, description: 'My private feed (created on first use)' })
  get(@CurrentUser() user: AuthUser): Promise<CalendarFeedDto> {
    return this.service.urls(user.id);
  }

  @Post('rotate')
  @HttpCode(200)
  @ApiOkResponse({ type: CalendarFeedDto, description: 'New URLs; the old ones stop working' })
  rotate(@CurrentUser() user: AuthUser): Promise<CalendarFeedDto> {
    return this.service.rotate(user.id);
  }
}

/** What calendar applications poll: no login, the token in the path is the only key. */
@ApiTags('calendar feed')
@Controller('calendar')
export class CalendarFeedController {
  constructor(
    private readonly service: CalendarFeedService,
    private readonly metrics: FeedMetrics,
  ) {}

  @Public()
  @Get(':file')
  @UseGuards(FeedThrottlerGuard)
  @ApiProduces('text/calendar')
  @ApiHeader({ name: 'If-None-Match', required: false })
  @ApiOkResponse({
    description: 'My associations’ events from 30 days back, cancelled ones included',
    schema: { type: 'string' },
  })
  @ApiResponse({ status: 304, description: 'Unchanged since the ETag sent' })
  @ApiProblems(404, 429)
  async feed(
    @Param('file') file: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | undefined> {
    const { body, entityTag } = await this.service.feed(file.replace(/\.ics$/, ''));
    // Private to the person; calendars poll, so a short reuse spares the database.
    reply.header('cache-control', 'private, max-age=300');
    reply.header('etag', entityTag);
    if (matchesEntityTag(ifNoneMatch, entityTag)) {
      this.metrics.answered('not_modified');
      reply.status(304);
      return undefined;
    }
    this.metrics.answered('full');
    reply.header('content-type', 'text/calendar; charset=utf-8');
    return body;
  }
}
