import { Body, Controller, Get, HttpCode, Param, Patch, Post, Redirect } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConsumes,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, Public } from '../auth/auth-user';
import { ApiProblems } from '../common/api-problems.decorator';
import { NotificationSettingsDto, UpdateNotificationSettingsDto } from './dto/notifications.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@ApiProblems(401)
@Controller('me/notifications')
export class MyNotificationsController {
  constructor(private readonly service: NotificationsService) {}

  @Get()
  @ApiOkResponse({ type: NotificationSettingsDto })
  get(@CurrentUser() user: AuthUser): Promise<NotificationSettingsDto> {
    return this.service.get(user.id);
  }

  @Patch()
  @ApiOkResponse({ type: NotificationSettingsDto, description: 'The settings after the change' })
  @ApiProblems(400, 404)
  update(
    @CurrentUser() user: AuthUser,
    @Body() dto: UpdateNotificationSettingsDto,
  ): Promise<NotificationSettingsDto> {
    return this.service.update(user.id, dto);
  }
}

/**
 * RFC 8058 one-click unsubscribe. Only a POST changes anything: mail providers send
 * `List-Unsubscribe=One-Click` as a form, and link scanners, which only GET, change nothing.
 */
@ApiTags('notifications')
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly service: NotificationsService) {}

  /**
   * A mail client without one-click support opens the link in a browser: send it to the app page,
   * which asks before it posts. Nothing changes here.
   */
  @Public()
  @Get(':token')
  @Redirect()
  @ApiResponse({ status: 303, description: 'To the app page that asks for confirmation' })
  page(@Param('token') token: string): { url: string; statusCode: number } {
    return { url: this.service.pageUrl(token), statusCode: 303 };
  }

  @Public()
  @Post(':token')
  @HttpCode(204)
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiNoContentResponse({
    description: 'No more event mail from that association (membership and feed stay)',
  })
  @ApiProblems(404)
  unsubscribe(@Param('token') token: string): Promise<void> {
    return this.service.unsubscribe(token);
  }
}
