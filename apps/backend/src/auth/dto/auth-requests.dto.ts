import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString } from 'class-validator';
import { MaxChars } from '../../common/validation/size';
import type { Locale } from '@app/contracts';
import {
  BirthDateField,
  CurrentPasswordField,
  EmailField,
  LocaleField,
  NameField,
  NewPasswordField,
} from '../../users/dto/user-fields';

/** Tokens are 43 characters; the bound only keeps huge strings out. */
const TOKEN_MAX_LENGTH = 256;

export class RegisterDto {
  @EmailField()
  email!: string;

  @NewPasswordField()
  password!: string;

  @NameField('Ada')
  firstName!: string;

  @NameField('Lovelace')
  lastName!: string;

  @BirthDateField()
  birthDate?: string | null;

  /** Language of the mails; `en` when omitted. */
  @LocaleField()
  locale?: Locale;
}

export class EmailDto {
  @EmailField()
  email!: string;
}

export class LoginDto {
  @EmailField()
  email!: string;

  @CurrentPasswordField()
  password!: string;
}

export class EmailTokenDto {
  @ApiProperty({ description: 'The token from the link in the mail', maxLength: TOKEN_MAX_LENGTH })
  @IsString()
  @IsNotEmpty()
  @MaxChars(TOKEN_MAX_LENGTH)
  token!: string;
}

export class PasswordResetConfirmDto extends EmailTokenDto {
  @NewPasswordField()
  password!: string;
}
