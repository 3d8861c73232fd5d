import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequireEventAccess } from '../access/require-access';
import { AuthUser, CurrentUser, Public } from '../auth/auth-user';
import { ApiProblems } from '../common/api-problems.decorator';
import { UuidParam } from '../common/validation/uuid-param';
import {
  AttendanceDto,
  MyAnswerDto,
  RsvpByLinkDto,
  RsvpDto,
  RsvpLinkDto,
  RsvpLinkPreviewDto,
} from './dto/attendance.dto';
import { AttendanceService } from './attendance.service';
import { EventNotFound } from './event-problems';

@ApiTags('events')
@ApiBearerAuth()
@ApiProblems(401)
@Controller('events/:id')
export class AttendanceController {
  constructor(private readonly service: AttendanceService) {}

  @Put('rsvp')
  @RequireEventAccess('content:view', () => new EventNotFound())
  @ApiOkResponse({
    type: MyAnswerDto,
    description: 'My answer is recorded (it replaces an earlier one)',
  })
  @ApiProblems(400, 404, 409)
  answer(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Body() dto: RsvpDto,
  ): Promise<MyAnswerDto> {
    return this.service.answer(user, id, dto.answer);
  }

  @Get('attendance')
  @ApiOkResponse({ type: AttendanceDto })
  @ApiProblems(400, 404)
  attendance(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<AttendanceDto> {
    return this.service.attendanceOf(user, id);
  }
}

/**
 * The answer links of invitation mails. The token travels in the body, never in a URL the logs
 * keep, and reading records nothing: mail scanners follow links, only a click on the page answers.
 */
@ApiTags('events')
@Controller('rsvp')
export class RsvpLinksController {
  constructor(private readonly service: AttendanceService) {}

  @Public()
  @Post('preview')
  @HttpCode(200)
  @ApiOkResponse({ type: RsvpLinkPreviewDto, description: 'The event the link answers for' })
  @ApiProblems(400, 404, 409)
  preview(@Body() dto: RsvpLinkDto): Promise<RsvpLinkPreviewDto> {
    return this.service.preview(dto.token);
  }

  @Public()
  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: MyAnswerDto, description: 'The answer is recorded (no login needed)' })
  @ApiProblems(400, 404, 409)
  answer(@Body() dto: RsvpByLinkDto): Promise<MyAnswerDto> {
    return this.service.answerByLink(dto.token, dto.answer);
  }
}
