import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Patch,
  Post,
  Query,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { UuidParam } from '../common/validation/uuid-param';
import { AuthThrottlerGuard } from '../auth/auth-throttler.guard';
import { AuthUser, CurrentUser } from '../auth/auth-user';
import { RefreshCookie } from '../auth/refresh-cookie';
import { ApiProblems } from '../common/api-problems.decorator';
import { PageDto, SearchPageQueryDto } from '../common/pagination';
import { ChangePasswordDto, DeleteMeDto, UpdateMeDto } from './dto/update-me.dto';
import { DirectoryUserDto, MeDto, UserProfileDto, UserStatsDto } from './dto/user.dto';
import { UsersService } from './users.service';

const UserDirectoryPage = PageDto(DirectoryUserDto);

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly refreshCookie: RefreshCookie,
  ) {}

  @Get('me')
  @ApiOperation({ summary: 'My account' })
  @ApiOkResponse({ type: MeDto })
  @ApiProblems(401, 404)
  me(@CurrentUser() user: AuthUser): Promise<MeDto> {
    return this.users.me(user.id);
  }

  @Patch('me')
  @ApiOperation({
    summary: 'Change my name, birth date or language',
    description: 'The password has its own route: POST /api/users/me/password.',
  })
  @ApiOkResponse({ type: MeDto })
  @ApiProblems(400, 401, 404)
  updateMe(@CurrentUser() user: AuthUser, @Body() changes: UpdateMeDto): Promise<MeDto> {
    return this.users.updateMe(user.id, changes);
  }

  @Post('me/password')
  @UseGuards(AuthThrottlerGuard)
  @HttpCode(204)
  @ApiOperation({
    summary: 'Change my password',
    description:
      'Ends every refresh session of the account (all devices log in again) and clears the refresh cookie.',
  })
  @ApiNoContentResponse({ description: 'Password changed' })
  @ApiProblems(400, 401, 403, 404, 429, 503)
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Body() body: ChangePasswordDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.users.changePassword(user.id, body);
    this.refreshCookie.clear(reply);
  }

  @Delete('me')
  @UseGuards(AuthThrottlerGuard)
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete my account',
    description: 'Needs the current password. Removes the account, its sessions and tokens.',
  })
  @ApiNoContentResponse({ description: 'Account deleted' })
  @ApiProblems(400, 401, 403, 404, 429, 503)
  async deleteMe(
    @CurrentUser() user: AuthUser,
    @Body() body: DeleteMeDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.users.deleteMe(user.id, body);
    this.refreshCookie.clear(reply);
  }

  @Get()
  @ApiOperation({
    summary: 'Directory of verified users',
    description:
      '`q` matches part of the name, ignoring case and accents; never an email address. Each person comes with the associations you share with them.',
  })
  @ApiOkResponse({ type: UserDirectoryPage })
  @ApiProblems(400, 401)
  directory(@CurrentUser() user: AuthUser, @Query() query: SearchPageQueryDto) {
    return this.users.directory(user.id, query);
  }

  @Get('stats')
  @ApiOperation({ summary: 'How many users, and their ages' })
  @ApiOkResponse({ type: UserStatsDto })
  @ApiProblems(401)
  stats(): Promise<UserStatsDto> {
    return this.users.stats();
  }

  @Get(':id')
  @ApiOperation({ summary: 'A user’s profile and the associations they belong to' })
  @ApiOkResponse({ type: UserProfileDto })
  @ApiProblems(400, 401, 404)
  profile(@UuidParam('id') id: string): Promise<UserProfileDto> {
    return this.users.profile(id);
  }
}
