import { ApiProperty, ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { RSVP_ANSWERS, type RsvpAnswer } from '@app/contracts';
import { EmailTokenDto } from '../../auth/dto/auth-requests.dto';
import { MaxChars } from '../../common/validation/size';
import { EventDto } from './event.dto';

/** The longest answer is 9 characters; the cap only keeps a huge string from being compared. */
const ANSWER_MAX_LENGTH = 16;

export class RsvpDto {
  @ApiProperty({ enum: RSVP_ANSWERS })
  @MaxChars(ANSWER_MAX_LENGTH)
  @IsIn(RSVP_ANSWERS)
  answer!: RsvpAnswer;
}

export class RsvpByLinkDto extends IntersectionType(EmailTokenDto, RsvpDto) {}

export class RsvpLinkDto extends EmailTokenDto {}

export class MyAnswerDto {
  @ApiProperty({ enum: RSVP_ANSWERS })
  answer!: RsvpAnswer;
}

export class AnswerCountsDto {
  @ApiProperty()
  accepted!: number;

  @ApiProperty()
  tentative!: number;

  @ApiProperty()
  declined!: number;
}

export class MemberNameDto {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  name!: string;
}

export class AttendeeDto extends MemberNameDto {
  @ApiProperty({ enum: RSVP_ANSWERS })
  answer!: RsvpAnswer;

  @ApiProperty({ type: String, format: 'date-time' })
  answeredAt!: Date;
}

export class AttendanceDto {
  @ApiProperty({ type: AnswerCountsDto, description: 'Answers of current members only' })
  counts!: AnswerCountsDto;

  @ApiProperty({ type: [AttendeeDto], description: 'Who answered what, by name' })
  answered!: AttendeeDto[];

  @ApiPropertyOptional({
    type: [MemberNameDto],
    description: 'Members who have not answered (admins only; absent for others)',
  })
  notAnswered?: MemberNameDto[];
}

/** What an RSVP link is about, shown before anything is recorded. */
export class RsvpLinkPreviewDto extends PickType(EventDto, [
  'title',
  'location',
  'startsAt',
  'endsAt',
  'timeZone',
] as const) {
  @ApiProperty()
  associationName!: string;

  @ApiProperty({ enum: RSVP_ANSWERS, nullable: true, type: String })
  answer!: RsvpAnswer | null;
}
