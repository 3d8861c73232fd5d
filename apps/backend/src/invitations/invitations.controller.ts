import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, Public } from '../auth/auth-user';
import { ApiProblems } from '../common/api-problems.decorator';
import { Page, PageDto, PageQueryDto } from '../common/pagination';
import { UuidParam } from '../common/validation/uuid-param';
import {
  CreateInvitationDto,
  DeclineInvitationByTokenDto,
  DeclineInvitationDto,
  InvitationDto,
  InvitationPreviewDto,
  InvitationTokenDto,
  JoinedDto,
  MyInvitationDto,
} from './dto/invitation.dto';
import { InvitationsService } from './invitations.service';

/** Admins invite and revoke, under the association they run. */
@ApiTags('invitations')
@ApiBearerAuth()
@ApiProblems(401)
@Controller('associations/:id/invitations')
export class AssociationInvitationsController {
  constructor(private readonly service: InvitationsService) {}

  @Post()
  @ApiCreatedResponse({
    type: InvitationDto,
    description: 'Mailed to the person; they join only if they accept',
  })
  @ApiProblems(400, 403, 404, 409, 422, 429)
  invite(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Body() dto: CreateInvitationDto,
  ): Promise<InvitationDto> {
    return this.service.invite(user, id, dto);
  }

  @Get()
  @ApiOkResponse({ type: PageDto(InvitationDto), description: 'Pending invitations, newest first' })
  @ApiProblems(400, 403, 404)
  list(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<InvitationDto>> {
    return this.service.listPending(user, id, query);
  }

  @Delete(':invitationId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revoked: its link no longer works' })
  @ApiProblems(400, 403, 404)
  revoke(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @UuidParam('invitationId') invitationId: string,
  ): Promise<void> {
    return this.service.revoke(user, id, invitationId);
  }
}

/** The invited person answers from the app. */
@ApiTags('invitations')
@ApiBearerAuth()
@ApiProblems(401)
@Controller('me/invitations')
export class MyInvitationsController {
  constructor(private readonly service: InvitationsService) {}

  @Get()
  @ApiOkResponse({
    type: PageDto(MyInvitationDto),
    description: 'Pending invitations to my verified address, newest first',
  })
  @ApiProblems(400)
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: PageQueryDto,
  ): Promise<Page<MyInvitationDto>> {
    return this.service.listMine(user, query);
  }

  @Post(':invitationId/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: JoinedDto, description: 'I am a member' })
  @ApiProblems(400, 404, 409)
  accept(
    @CurrentUser() user: AuthUser,
    @UuidParam('invitationId') invitationId: string,
  ): Promise<JoinedDto> {
    return this.service.accept(user, { id: invitationId, user });
  }

  @Post(':invitationId/decline')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Declined' })
  @ApiProblems(400, 404, 409)
  decline(
    @CurrentUser() user: AuthUser,
    @UuidParam('invitationId') invitationId: string,
    @Body() dto: DeclineInvitationDto,
  ): Promise<void> {
    return this.service.decline({ id: invitationId, user }, dto.block ?? false);
  }
}

/**
 * The links in the invitation mail. The token travels in the body, never in a URL the logs keep,
 * and nothing is recorded on a read: the page of the app asks the person first.
 */
@ApiTags('invitations')
@Controller('invitations')
export class InvitationLinksController {
  constructor(private readonly service: InvitationsService) {}

  @Public()
  @Post('preview')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitationPreviewDto, description: 'What the invitation is about' })
  @ApiProblems(400, 404)
  preview(@Body() dto: InvitationTokenDto): Promise<InvitationPreviewDto> {
    return this.service.preview(dto.token);
  }

  @Post('accept')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOkResponse({ type: JoinedDto, description: 'I am a member' })
  @ApiProblems(400, 401, 403, 404, 409)
  accept(@CurrentUser() user: AuthUser, @Body() dto: InvitationTokenDto): Promise<JoinedDto> {
    return this.service.accept(user, { token: dto.token });
  }

  @Public()
  @Post('decline')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Declined (no login needed)' })
  @ApiProblems(400, 404, 409)
  decline(@Body() dto: DeclineInvitationByTokenDto): Promise<void> {
    return this.service.decline({ token: dto.token }, dto.block ?? false);
  }
}
