import { ApiProperty } from '@nestjs/swagger';
import { LOCALES, type Locale } from '@app/contracts';
import { User } from '../entities/user.entity';

/** How many shared associations a directory entry names: enough to tell two namesakes apart. */
export const SHARED_ASSOCIATIONS_SHOWN = 3;

/** The signed-in user's own account, as only they see it. */
export class MeDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'email' })
  email!: string;

  @ApiProperty({ example: 'Ada' })
  firstName!: string;

  @ApiProperty({ example: 'Lovelace' })
  lastName!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '1990-05-17' })
  birthDate!: string | null;

  @ApiProperty({ enum: LOCALES })
  locale!: Locale;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  emailVerifiedAt!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  static from(user: User): MeDto {
    return {
      id: user.id,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      birthDate: user.birthDate,
      locale: user.locale,
      emailVerifiedAt: user.emailVerifiedAt?.toISOString() ?? null,
      createdAt: user.createdAt.toISOString(),
    };
  }
}

/** A person in the directory. Email addresses are not shown to other users. */
export class UserSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Ada' })
  firstName!: string;

  @ApiProperty({ example: 'Lovelace' })
  lastName!: string;
}

/** An association both the viewer and a person in the directory belong to. */
export class SharedAssociationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Chess Club' })
  name!: string;
}

/**
 * A person as the directory lists them: two people of the same name are told apart by the
 * associations they share with the viewer, never by their address.
 */
export class DirectoryUserDto extends UserSummaryDto {
  @ApiProperty({
    type: [SharedAssociationDto],
    description: `At most ${SHARED_ASSOCIATIONS_SHOWN} associations the viewer shares with this person, by name`,
  })
  sharedAssociations!: SharedAssociationDto[];
}

/** One association on a user's profile. */
export class UserAssociationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Chess Club' })
  name!: string;

  @ApiProperty({ enum: ['admin', 'member'] })
  role!: 'admin' | 'member';

  @ApiProperty({ type: String, nullable: true, example: 'Treasurer' })
  title!: string | null;
}

export class UserProfileDto extends UserSummaryDto {
  @ApiProperty({ format: 'date-time', description: 'When the account was created' })
  memberSince!: string;

  @ApiProperty({ type: [UserAssociationDto] })
  associations!: UserAssociationDto[];
}

export class UserStatsDto {
  @ApiProperty({ description: 'Verified users', example: 42 })
  count!: number;

  @ApiProperty({
    description: 'Verified users who gave a birth date; the ages below are theirs',
    example: 30,
  })
  withBirthDate!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Mean age in years, one decimal',
    example: 37.4,
  })
  meanAge!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Youngest age in whole years',
    example: 19,
  })
  minAge!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Oldest age in whole years',
    example: 71,
  })
  maxAge!: number | null;
}
