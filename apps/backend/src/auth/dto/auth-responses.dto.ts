import { ApiProperty } from '@nestjs/swagger';
import { MeDto } from '../../users/dto/user.dto';

/** The same answer whatever the outcome, so it reveals nothing about the address. */
export class AcceptedDto {
  @ApiProperty({ example: 'If the address can receive it, a mail is on its way.' })
  message!: string;
}

export class VerifiedDto {
  @ApiProperty({ format: 'email' })
  email!: string;

  @ApiProperty({ format: 'date-time' })
  emailVerifiedAt!: string;
}

/** A login or refresh. The refresh token itself is only ever in the `refresh_token` cookie. */
export class SessionDto {
  @ApiProperty({ description: 'JWT for `Authorization: Bearer …`' })
  accessToken!: string;

  @ApiProperty({ description: 'Seconds until the access token expires', example: 900 })
  expiresIn!: number;

  @ApiProperty({ type: MeDto })
  user!: MeDto;
}
