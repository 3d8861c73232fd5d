import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID } from 'class-validator';
import { MaxChars } from '../../common/validation/size';
import { ASSOCIATION_ROLES, AssociationRole } from '../../access/association-role';
import { Omittable, OmittableOrNull, SingleLine, TrimToNull } from '../../common/validation/text';

export class AddMemberDto {
  @ApiProperty({ format: 'uuid', description: 'A verified user' })
  @MaxChars(36)
  @IsUUID()
  userId!: string;

  @ApiPropertyOptional({ enum: ASSOCIATION_ROLES, default: 'member' })
  @Omittable()
  @IsIn(ASSOCIATION_ROLES)
  role?: AssociationRole;

  @ApiPropertyOptional({ maxLength: 100, nullable: true, type: String, example: 'Treasurer' })
  @TrimToNull()
  @OmittableOrNull()
  @IsString()
  @MaxChars(100)
  @SingleLine()
  title?: string | null;
}

export class UpdateMemberDto {
  @ApiPropertyOptional({ enum: ASSOCIATION_ROLES })
  @Omittable()
  @IsIn(ASSOCIATION_ROLES)
  role?: AssociationRole;

  @ApiPropertyOptional({
    maxLength: 100,
    nullable: true,
    type: String,
    description: 'null or "" clears it',
  })
  @TrimToNull()
  @OmittableOrNull()
  @IsString()
  @MaxChars(100)
  @SingleLine()
  title?: string | null;
}

export class MemberDto {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  firstName!: string;

  @ApiProperty()
  lastName!: string;

  @ApiProperty({ enum: ASSOCIATION_ROLES })
  role!: AssociationRole;

  @ApiProperty({ type: String, nullable: true })
  title!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  joinedAt!: Date;
}
