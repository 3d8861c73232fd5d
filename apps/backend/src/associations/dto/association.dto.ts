import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString } from 'class-validator';
import { MaxChars } from '../../common/validation/size';
import { ASSOCIATION_ROLES, AssociationRole } from '../../access/association-role';
import {
  NoNulCharacter,
  Omittable,
  OmittableOrNull,
  SingleLine,
  Trim,
  TrimToNull,
} from '../../common/validation/text';

export class CreateAssociationDto {
  @ApiProperty({
    maxLength: 200,
    example: 'Chess Club of Lyon',
    description: 'Unique, whatever its case',
  })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  @SingleLine()
  name!: string;

  @ApiPropertyOptional({ maxLength: 5000, nullable: true, type: String })
  @TrimToNull()
  @OmittableOrNull()
  @IsString()
  @NoNulCharacter()
  @MaxChars(5000)
  description?: string | null;
}

export class UpdateAssociationDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @Omittable()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  @SingleLine()
  name?: string;

  @ApiPropertyOptional({ maxLength: 5000, nullable: true, type: String })
  @TrimToNull()
  @OmittableOrNull()
  @IsString()
  @NoNulCharacter()
  @MaxChars(5000)
  description?: string | null;
}

export class AssociationSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ example: 25 })
  memberCount!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;
}

export class AssociationDto extends AssociationSummaryDto {
  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;

  @ApiProperty({
    enum: ASSOCIATION_ROLES,
    nullable: true,
    description: 'Your role; null if you are not a member',
  })
  myRole!: AssociationRole | null;
}
