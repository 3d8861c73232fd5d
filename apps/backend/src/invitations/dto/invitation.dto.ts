import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsBoolean, IsUUID } from 'class-validator';
import { ASSOCIATION_ROLES, AssociationRole } from '../../access/association-role';
import { OptionalRoleField, OptionalTitleField } from '../../associations/dto/member.dto';
import { EmailTokenDto } from '../../auth/dto/auth-requests.dto';
import { MaxChars } from '../../common/validation/size';
import { Omittable } from '../../common/validation/text';
import { EmailField } from '../../users/dto/user-fields';

export const INVITATION_STATUSES = [
  'pending',
  'accepted',
  'declined',
  'revoked',
  'expired',
] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export class CreateInvitationDto {
  @ApiPropertyOptional({
    description: 'Invite this address (whether or not it has an account). Give this or userId.',
  })
  @Omittable()
  @EmailField()
  email?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Invite a verified user picked from the directory, at an address you are not shown',
  })
  @Omittable()
  @MaxChars(36)
  @IsUUID()
  userId?: string;

  @OptionalRoleField('member')
  role?: AssociationRole;

  @OptionalTitleField()
  title?: string | null;
}

export class DeclineInvitationDto {
  @ApiPropertyOptional({
    default: false,
    description: 'Also ask this association never to invite this address again',
  })
  @Omittable()
  @IsBoolean()
  block?: boolean;
}

export class InvitationTokenDto extends EmailTokenDto {}

export class DeclineInvitationByTokenDto extends IntersectionType(
  EmailTokenDto,
  DeclineInvitationDto,
) {}

export class PersonDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  firstName!: string;

  @ApiProperty()
  lastName!: string;
}

export class AssociationRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}

/** An invitation as the association's admins see it. */
export class InvitationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ASSOCIATION_ROLES })
  role!: AssociationRole;

  @ApiProperty({ type: String, nullable: true })
  title!: string | null;

  @ApiProperty({ enum: INVITATION_STATUSES })
  status!: InvitationStatus;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The address typed by an admin; null when the person was picked from the directory',
  })
  email!: string | null;

  @ApiProperty({
    type: PersonDto,
    nullable: true,
    description: 'The person picked from the directory (null when invited by address)',
  })
  invitee!: PersonDto | null;

  @ApiProperty({ type: PersonDto, nullable: true })
  invitedBy!: PersonDto | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  expiresAt!: Date;
}

/** An invitation as the invited person sees it in the app. */
export class MyInvitationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: AssociationRefDto })
  association!: AssociationRefDto;

  @ApiProperty({ enum: ASSOCIATION_ROLES })
  role!: AssociationRole;

  @ApiProperty({ type: String, nullable: true })
  title!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The name of the admin who invited' })
  invitedBy!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  expiresAt!: Date;
}

/** What the link in the mail shows before anyone answers (no login needed: the token is the key). */
export class InvitationPreviewDto extends MyInvitationDto {
  @ApiProperty({ description: 'The address the invitation was sent to' })
  email!: string;

  @ApiProperty({ enum: INVITATION_STATUSES })
  status!: InvitationStatus;
}

export class JoinedDto {
  @ApiProperty({ format: 'uuid' })
  associationId!: string;

  @ApiProperty()
  associationName!: string;

  @ApiProperty({ enum: ASSOCIATION_ROLES })
  role!: AssociationRole;

  @ApiProperty({ type: String, nullable: true })
  title!: string | null;
}
