import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { UuidParam } from '../common/validation/uuid-param';
import { RequireAssociationAccess, RequireEventAccess } from '../access/require-access';
import { AuthUser, CurrentUser } from '../auth/auth-user';
import { ApiProblems } from '../common/api-problems.decorator';
import { Page, PageDto } from '../common/pagination';
import {
  CreateEventDto,
  EventDto,
  AssociationEventsQueryDto,
  EventRangeQueryDto,
  MyEventDto,
  UpdateEventDto,
} from './dto/event.dto';
import { EventNotFound } from './event-problems';
import { EventsService } from './events.service';

@ApiTags('events')
@ApiBearerAuth()
@ApiProblems(401)
@Controller()
export class EventsController {
  constructor(private readonly service: EventsService) {}

  @Get('associations/:id/events')
  @ApiOkResponse({
    type: PageDto(EventDto),
    description: 'All events (cancelled included), by start time',
  })
  @ApiProblems(400, 404)
  listOfAssociation(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Query() query: AssociationEventsQueryDto,
  ): Promise<Page<EventDto>> {
    return this.service.listOfAssociation(user, id, query);
  }

  @Post('associations/:id/events')
  @RequireAssociationAccess('content:manage')
  @ApiCreatedResponse({ type: EventDto, description: 'Members are sent an invitation' })
  @ApiProblems(400, 403, 404)
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Body() dto: CreateEventDto,
  ): Promise<EventDto> {
    return this.service.create(user, id, dto);
  }

  @Get('events/:id')
  @ApiOkResponse({ type: EventDto })
  @ApiProblems(400, 404)
  get(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<EventDto> {
    return this.service.get(user, id);
  }

  @Get('events/:id/ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="event.ics"')
  @Header('Cache-Control', 'private, no-store')
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: 'The event as an iCalendar file (METHOD:PUBLISH)',
    schema: { type: 'string' },
  })
  @ApiProblems(400, 404)
  calendarFile(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<string> {
    return this.service.calendarFile(user, id);
  }

  @Patch('events/:id')
  @RequireEventAccess('content:manage', () => new EventNotFound())
  @ApiOkResponse({
    type: EventDto,
    description: 'SEQUENCE +1 and members are sent the update, if anything changed',
  })
  @ApiProblems(400, 403, 404, 409)
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Body() dto: UpdateEventDto,
  ): Promise<EventDto> {
    return this.service.update(user, id, dto);
  }

  @Delete('events/:id')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'Cancelled (stays readable); members are sent the cancellation',
  })
  @ApiProblems(400, 403, 404)
  cancel(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<void> {
    return this.service.cancel(user, id);
  }

  @Get('me/events')
  @ApiOkResponse({
    type: PageDto(MyEventDto),
    description: 'My scheduled events from `from` (default: now), all associations',
  })
  @ApiProblems(400)
  listMine(
    @CurrentUser() user: AuthUser,
    @Query() query: EventRangeQueryDto,
  ): Promise<Page<MyEventDto>> {
    return this.service.listMine(user, query);
  }
}
