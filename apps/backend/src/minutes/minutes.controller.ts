import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { UuidParam } from '../common/validation/uuid-param';
import { RequireAssociationAccess } from '../access/require-access';
import { AuthUser, CurrentUser } from '../auth/auth-user';
import { ApiProblems } from '../common/api-problems.decorator';
import { Page, PageDto, PageQueryDto } from '../common/pagination';
import { CreateMinuteDto, MinuteDto, MinuteSummaryDto, UpdateMinuteDto } from './dto/minute.dto';
import { MinutesService } from './minutes.service';

@ApiTags('minutes')
@ApiBearerAuth()
@ApiProblems(401)
@Controller('associations/:id/minutes')
export class MinutesController {
  constructor(private readonly service: MinutesService) {}

  @Get()
  @ApiOkResponse({ type: PageDto(MinuteSummaryDto), description: 'Newest first' })
  @ApiProblems(400, 404)
  list(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<MinuteSummaryDto>> {
    return this.service.list(user, id, query);
  }

  @Post()
  @RequireAssociationAccess('content:manage')
  @ApiCreatedResponse({ type: MinuteDto })
  @ApiProblems(400, 403, 404, 422)
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Body() dto: CreateMinuteDto,
  ): Promise<MinuteDto> {
    return this.service.create(user, id, dto);
  }

  @Get(':minuteId')
  @ApiOkResponse({ type: MinuteDto })
  @ApiProblems(400, 404)
  get(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @UuidParam('minuteId') minuteId: string,
  ): Promise<MinuteDto> {
    return this.service.get(user, id, minuteId);
  }

  @Patch(':minuteId')
  @RequireAssociationAccess('content:manage')
  @ApiOkResponse({ type: MinuteDto })
  @ApiProblems(400, 403, 404, 422)
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @UuidParam('minuteId') minuteId: string,
    @Body() dto: UpdateMinuteDto,
  ): Promise<MinuteDto> {
    return this.service.update(user, id, minuteId, dto);
  }

  @Delete(':minuteId')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'Hidden at once; can be restored for MINUTES_UNDO_MINUTES (10)',
  })
  @ApiProblems(400, 403, 404)
  delete(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @UuidParam('minuteId') minuteId: string,
  ): Promise<void> {
    return this.service.delete(user, id, minuteId);
  }

  @Post(':minuteId/restore')
  @HttpCode(200)
  @ApiOkResponse({ type: MinuteDto, description: 'Undoes a recent deletion' })
  @ApiProblems(400, 403, 404)
  restore(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @UuidParam('minuteId') minuteId: string,
  ): Promise<MinuteDto> {
    return this.service.restore(user, id, minuteId);
  }
}
