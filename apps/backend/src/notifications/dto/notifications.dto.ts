import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsDefined, IsUUID, ValidateNested } from 'class-validator';
import { MaxChars, MaxItems } from '../../common/validation/size';

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
    type: [AssociationMailSettingDto],
    description: 'Every association I belong to, by name',
  })
  associations!: AssociationMailSettingDto[];
}

/** An association left out keeps its setting. */
export class UpdateNotificationSettingsDto {
  @ApiProperty({ type: [AssociationMailDto], maxItems: 1000 })
  @IsDefined()
  @MaxItems(1000)
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AssociationMailDto)
  associations!: AssociationMailDto[];
}
