import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString } from 'class-validator';
import { MaxChars } from '../../common/validation/size';
import { ASSOCIATION_ROLES, AssociationRole } from '../../access/association-role';
import { Omittable, OmittableOrNull, SingleLine, TrimToNull } from '../../common/validation/text';

/** A member's role, when a request may leave it out. */
export const OptionalRoleField = (defaultRole?: AssociationRole) =>
  applyDecorators(
    ApiPropertyOptional({ enum: ASSOCIATION_ROLES, default: defaultRole }),
    Omittable(),
    IsIn(ASSOCIATION_ROLES),
  );

/** A member's title in the association ("Treasurer"); null or "" means none. */
export const OptionalTitleField = () =>
  applyDecorators(
    ApiPropertyOptional({
      maxLength: 100,
      nullable: true,
      type: String,
      example: 'Treasurer',
      description: 'null or "" means no title',
    }),
    TrimToNull(),
    OmittableOrNull(),
    IsString(),
    MaxChars(100),
    SingleLine(),
  );

export class UpdateMemberDto {
  @OptionalRoleField()
  role?: AssociationRole;

  @OptionalTitleField()
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
