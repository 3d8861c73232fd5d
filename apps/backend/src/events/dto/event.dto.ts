import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches } from 'class-validator';
import { MaxChars } from '../../common/validation/size';
import { PageQueryDto } from '../../common/pagination';
import { NoNulCharacter, Omittable, OmittableOrNull } from '../../common/validation/text';
import {
  EARLIEST_EVENT_INSTANT,
  LATEST_EVENT_INSTANT,
  MAX_EVENT_DURATION_DAYS,
} from '@app/calendar';
import { RSVP_ANSWERS, type RsvpAnswer } from '@app/contracts';
import { IsInstant, IsInstantBetween } from '../../common/validation/dates';
import { IsTimeZone } from '../../common/validation/time-zone';

export const EVENT_STATUSES = ['scheduled', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

const NOT_BLANK = /\S/;

const IN_RANGE = `between ${EARLIEST_EVENT_INSTANT} and ${LATEST_EVENT_INSTANT} (both included)`;
const STARTS_AT = `ISO-8601 instant with offset, ${IN_RANGE}`;
const ENDS_AT = `ISO-8601 instant with offset, ${IN_RANGE}; after startsAt and at most ${MAX_EVENT_DURATION_DAYS} days after it`;

/**
 * Text is stored exactly as typed (line breaks, `;`, `,`, `\` and any script included): the
 * calendar writer escapes it, nothing here rewrites it.
 */
export class CreateEventDto {
  @ApiProperty({ maxLength: 200, example: 'General assembly' })
  @IsString()
  @NoNulCharacter()
  @MaxChars(200)
  @Matches(NOT_BLANK, { message: '$property must not be blank' })
  title!: string;

  @ApiPropertyOptional({ maxLength: 10000, nullable: true, type: String })
  @OmittableOrNull()
  @IsString()
  @NoNulCharacter()
  @MaxChars(10000)
  description?: string | null;

  @ApiPropertyOptional({
    maxLength: 300,
    nullable: true,
    type: String,
    example: 'Town hall, room 2',
  })
  @OmittableOrNull()
  @IsString()
  @NoNulCharacter()
  @MaxChars(300)
  location?: string | null;

  @ApiProperty({ example: '2027-03-01T18:30:00+01:00', description: STARTS_AT })
  @IsInstantBetween(EARLIEST_EVENT_INSTANT, LATEST_EVENT_INSTANT)
  startsAt!: string;

  @ApiProperty({ example: '2027-03-01T20:30:00+01:00', description: ENDS_AT })
  @IsInstantBetween(EARLIEST_EVENT_INSTANT, LATEST_EVENT_INSTANT)
  endsAt!: string;

  @ApiProperty({ example: 'Europe/Paris', description: 'IANA time zone the event is shown in' })
  @IsTimeZone()
  timeZone!: string;
}

export class UpdateEventDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @Omittable()
  @IsString()
  @NoNulCharacter()
  @MaxChars(200)
  @Matches(NOT_BLANK, { message: '$property must not be blank' })
  title?: string;

  @ApiPropertyOptional({ maxLength: 10000, nullable: true, type: String })
  @OmittableOrNull()
  @IsString()
  @NoNulCharacter()
  @MaxChars(10000)
  description?: string | null;

  @ApiPropertyOptional({ maxLength: 300, nullable: true, type: String })
  @OmittableOrNull()
  @IsString()
  @NoNulCharacter()
  @MaxChars(300)
  location?: string | null;

  @ApiPropertyOptional({ example: '2027-03-01T18:30:00+01:00', description: STARTS_AT })
  @Omittable()
  @IsInstantBetween(EARLIEST_EVENT_INSTANT, LATEST_EVENT_INSTANT)
  startsAt?: string;

  @ApiPropertyOptional({ example: '2027-03-01T20:30:00+01:00', description: ENDS_AT })
  @Omittable()
  @IsInstantBetween(EARLIEST_EVENT_INSTANT, LATEST_EVENT_INSTANT)
  endsAt?: string;

  @ApiPropertyOptional({ example: 'Europe/Paris' })
  @Omittable()
  @IsTimeZone()
  timeZone?: string;
}

export class EventRangeQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Events starting at or after this instant',
    example: '2027-01-01T00:00:00Z',
  })
  @Omittable()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({
    description: 'Events starting before this instant',
    example: '2028-01-01T00:00:00Z',
  })
  @Omittable()
  @IsInstant()
  to?: string;
}

export const EVENT_ORDERS = ['asc', 'desc'] as const;

export class AssociationEventsQueryDto extends EventRangeQueryDto {
  @ApiPropertyOptional({
    enum: EVENT_ORDERS,
    default: 'asc',
    description:
      'By start: `asc` (soonest first, for what is coming) or `desc` (latest first, for what is past)',
  })
  @Omittable()
  @MaxChars(4)
  @IsIn(EVENT_ORDERS)
  order: (typeof EVENT_ORDERS)[number] = 'asc';
}

export class EventDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  associationId!: string;

  @ApiProperty({ example: '0b6a…@agora', description: 'Stable iCalendar UID' })
  uid!: string;

  @ApiProperty({ example: 0, description: 'iCalendar SEQUENCE: +1 on every change' })
  sequence!: number;

  @ApiProperty({ enum: EVENT_STATUSES })
  status!: EventStatus;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ type: String, nullable: true })
  location!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  startsAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  endsAt!: Date;

  @ApiProperty({ example: 'Europe/Paris' })
  timeZone!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;
}

export class MyEventDto extends EventDto {
  @ApiProperty()
  associationName!: string;

  @ApiProperty({
    enum: RSVP_ANSWERS,
    nullable: true,
    type: String,
    description: 'My answer, or null if I have not answered',
  })
  myAnswer!: RsvpAnswer | null;
}
