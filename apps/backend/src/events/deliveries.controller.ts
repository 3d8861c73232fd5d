import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequireEventAccess } from '../access/require-access';
import { AuthUser, CurrentUser } from '../auth/auth-user';
import { ApiProblems } from '../common/api-problems.decorator';
import { UuidParam } from '../common/validation/uuid-param';
import { DeliveriesDto } from './dto/deliveries.dto';
import { DeliveriesService } from './deliveries.service';
import { EventNotFound } from './event-problems';

/** The delivery ledger of an event, for the admins of its association. */
@ApiTags('events')
@ApiBearerAuth()
@ApiProblems(401)
@Controller('events/:id/deliveries')
export class DeliveriesController {
  constructor(private readonly service: DeliveriesService) {}

  @Get()
  @RequireEventAccess('content:manage', () => new EventNotFound())
  @ApiOkResponse({ type: DeliveriesDto, description: 'The latest status of each recipient’s mail' })
  @ApiProblems(400, 403, 404)
  list(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<DeliveriesDto> {
    return this.service.list(user, id);
  }

  @Post(':userId/resend')
  @HttpCode(202)
  @RequireEventAccess('content:manage', () => new EventNotFound())
  @ApiAcceptedResponse({ description: 'The current invitation is on its way to that member again' })
  @ApiProblems(400, 403, 404, 409)
  resend(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @UuidParam('userId') userId: string,
  ): Promise<void> {
    return this.service.resend(user, id, userId);
  }
}
