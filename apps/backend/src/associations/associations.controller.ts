import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { UuidParam } from '../common/validation/uuid-param';
import { RequireAssociationAccess } from '../access/require-access';
import { AuthUser, CurrentUser } from '../auth/auth-user';
import { ApiProblems } from '../common/api-problems.decorator';
import { Page, PageDto, SearchPageQueryDto } from '../common/pagination';
import { AssociationsService } from './associations.service';
import {
  AssociationDto,
  AssociationSummaryDto,
  CreateAssociationDto,
  UpdateAssociationDto,
} from './dto/association.dto';
import { MemberDto, UpdateMemberDto } from './dto/member.dto';

@ApiTags('associations')
@ApiBearerAuth()
@ApiProblems(401)
@Controller('associations')
export class AssociationsController {
  constructor(private readonly service: AssociationsService) {}

  @Get()
  @ApiOkResponse({ type: PageDto(AssociationSummaryDto) })
  @ApiProblems(400)
  list(@Query() query: SearchPageQueryDto): Promise<Page<AssociationSummaryDto>> {
    return this.service.list(query);
  }

  @Post()
  @ApiCreatedResponse({ type: AssociationDto, description: 'You are its first admin' })
  @ApiProblems(400, 409)
  create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateAssociationDto,
  ): Promise<AssociationDto> {
    return this.service.create(user, dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: AssociationDto })
  @ApiProblems(400, 404)
  get(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<AssociationDto> {
    return this.service.get(user, id);
  }

  @Patch(':id')
  @RequireAssociationAccess('association:manage')
  @ApiOkResponse({ type: AssociationDto })
  @ApiProblems(400, 403, 404, 409)
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Body() dto: UpdateAssociationDto,
  ): Promise<AssociationDto> {
    return this.service.update(user, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted; its upcoming events were cancelled first' })
  @ApiProblems(400, 403, 404)
  delete(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<void> {
    return this.service.delete(user, id);
  }

  @Get(':id/members')
  @ApiOperation({
    summary: 'Members by name',
    description: '`q` matches part of the name, ignoring case and accents.',
  })
  @ApiOkResponse({ type: PageDto(MemberDto) })
  @ApiProblems(400, 404)
  listMembers(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Query() query: SearchPageQueryDto,
  ): Promise<Page<MemberDto>> {
    return this.service.listMembers(user, id, query);
  }

  @Patch(':id/members/:userId')
  @RequireAssociationAccess('association:manage')
  @ApiOkResponse({ type: MemberDto })
  @ApiProblems(400, 403, 404, 409)
  updateMember(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @UuidParam('userId') userId: string,
    @Body() dto: UpdateMemberDto,
  ): Promise<MemberDto> {
    return this.service.updateMember(user, id, userId, dto);
  }

  @Delete(':id/members/:userId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed (or left, when it is your own id)' })
  @ApiProblems(400, 403, 404, 409)
  removeMember(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @UuidParam('userId') userId: string,
  ): Promise<void> {
    return this.service.removeMember(user, id, userId);
  }
}
