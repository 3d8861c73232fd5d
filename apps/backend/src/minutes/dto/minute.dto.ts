import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsByteLength, IsIn, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { MaxChars, MaxItems, UniqueItems } from '../../common/validation/size';
import {
  NoNulCharacter,
  Omittable,
  OmittableOrNull,
  SingleLine,
  TrimToNull,
} from '../../common/validation/text';
import { IsCalendarDate } from '../../common/validation/dates';

/** 100 kB of UTF-8: a long general assembly fits, a novel does not. */
export const MAX_CONTENT_BYTES = 100 * 1024;
export const MAX_VOTERS = 10_000;
const CONTENT_SIZE_MESSAGE = `$property must be between 1 and ${MAX_CONTENT_BYTES} bytes`;
export const MAX_TITLE_LENGTH = 200;

export const MINUTE_KINDS = ['general-assembly', 'board'] as const;
export type MinuteKind = (typeof MINUTE_KINDS)[number];

/** A title is optional: without one, people see the kind and the date. */
const MinuteTitle = () =>
  applyDecorators(
    ApiPropertyOptional({
      type: String,
      nullable: true,
      maxLength: MAX_TITLE_LENGTH,
      example: 'Annual general assembly 2026',
      description: 'One line; empty or null for none',
    }),
    TrimToNull(),
    OmittableOrNull(),
    IsString(),
    MaxLength(MAX_TITLE_LENGTH),
    SingleLine(),
  );

const MinuteKindField = () =>
  applyDecorators(
    ApiPropertyOptional({ enum: MINUTE_KINDS, default: 'general-assembly' }),
    Omittable(),
    IsIn(MINUTE_KINDS),
  );

export class CreateMinuteDto {
  @ApiProperty({
    example: '2026-06-14',
    description: 'Day the general assembly was held (YYYY-MM-DD)',
  })
  @IsCalendarDate()
  heldOn!: string;

  @MinuteTitle()
  title?: string | null;

  @MinuteKindField()
  kind?: MinuteKind;

  @ApiProperty({ description: `The minutes, up to ${MAX_CONTENT_BYTES} bytes of UTF-8` })
  @IsString()
  // A UTF-16 unit takes at least one byte: more units than bytes allowed is too long already.
  @MaxChars(MAX_CONTENT_BYTES, { message: CONTENT_SIZE_MESSAGE })
  @NoNulCharacter()
  @IsByteLength(1, MAX_CONTENT_BYTES, {
    message: CONTENT_SIZE_MESSAGE,
  })
  @Matches(/\S/, { message: '$property must not be blank' })
  content!: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Members who voted; each must be a member now',
  })
  @IsArray()
  @MaxItems(MAX_VOTERS)
  @UniqueItems()
  @IsUUID(undefined, { each: true })
  voterIds!: string[];
}

export class UpdateMinuteDto {
  @ApiPropertyOptional({ example: '2026-06-14' })
  @Omittable()
  @IsCalendarDate()
  heldOn?: string;

  @MinuteTitle()
  title?: string | null;

  @MinuteKindField()
  kind?: MinuteKind;

  @ApiPropertyOptional()
  @Omittable()
  @IsString()
  // A UTF-16 unit takes at least one byte: more units than bytes allowed is too long already.
  @MaxChars(MAX_CONTENT_BYTES, { message: CONTENT_SIZE_MESSAGE })
  @NoNulCharacter()
  @IsByteLength(1, MAX_CONTENT_BYTES, {
    message: CONTENT_SIZE_MESSAGE,
  })
  @Matches(/\S/, { message: '$property must not be blank' })
  content?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Replaces the voters' })
  @Omittable()
  @IsArray()
  @MaxItems(MAX_VOTERS)
  @UniqueItems()
  @IsUUID(undefined, { each: true })
  voterIds?: string[];
}

export class MinuteSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '2026-06-14' })
  heldOn!: string;

  @ApiProperty({ type: String, nullable: true })
  title!: string | null;

  @ApiProperty({ enum: MINUTE_KINDS })
  kind!: MinuteKind;

  @ApiProperty({ description: 'The first 200 characters' })
  excerpt!: string;

  @ApiProperty()
  voterCount!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;
}

export class VoterDto {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  firstName!: string;

  @ApiProperty()
  lastName!: string;
}

export class MinuteDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  associationId!: string;

  @ApiProperty({ example: '2026-06-14' })
  heldOn!: string;

  @ApiProperty({ type: String, nullable: true })
  title!: string | null;

  @ApiProperty({ enum: MINUTE_KINDS })
  kind!: MinuteKind;

  @ApiProperty()
  content!: string;

  @ApiProperty({ type: [VoterDto] })
  voters!: VoterDto[];

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;
}
