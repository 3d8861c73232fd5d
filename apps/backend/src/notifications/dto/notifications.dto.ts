import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsOptional,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { MaxChars, MaxItems, UniqueItems } from '../../common/validation/size';
import { REMINDER_LEAD_MINUTES } from '../../reminders/reminder-rules';

const LEADS_DESCRIPTION =
  'When reminders come, in minutes before an event of my associations starts: 60 (an hour), 1440 (a day), both, or none ([])';

export class AssociationMailDto {
  @ApiProperty({ format: 'uuid' })
  @MaxChars(36)
  @IsUUID()
  id!: string;

  @ApiProperty({
    description: 'Whether I am mailed when one of its events is created, changed or cancelled',
  })
  @IsDefined()
  @IsBoolean()
  eventMail!: boolean;
}

export class AssociationMailSettingDto extends AssociationMailDto {
  @ApiProperty()
  name!: string;
}

export class NotificationSettingsDto {
  @ApiProperty({
    type: [Number],
    enum: REMINDER_LEAD_MINUTES,
    description: `${LEADS_DESCRIPTION}. Shortest first.`,
  })
  reminderMinutesBefore!: number[];

  @ApiProperty({
    type: [AssociationMailSettingDto],
    description: 'Every association I belong to, by name',
  })
  associations!: AssociationMailSettingDto[];
}

/** What is left out keeps its setting, and so does an association left out of the list. */
export class UpdateNotificationSettingsDto {
  @ApiProperty({
    type: [Number],
    enum: REMINDER_LEAD_MINUTES,
    required: false,
    maxItems: REMINDER_LEAD_MINUTES.length,
    uniqueItems: true,
    description: LEADS_DESCRIPTION,
  })
  @IsOptional()
  @MaxItems(REMINDER_LEAD_MINUTES.length)
  @IsArray()
  @UniqueItems()
  @IsIn(REMINDER_LEAD_MINUTES, { each: true })
  reminderMinutesBefore?: number[];

  @ApiProperty({ type: [AssociationMailDto], maxItems: 1000, required: false })
  @IsOptional()
  @MaxItems(1000)
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AssociationMailDto)
  associations?: AssociationMailDto[];
}
