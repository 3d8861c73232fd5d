import {
  CurrentPasswordField,
  BirthDateField,
  LocaleField,
  NameField,
  NewPasswordField,
} from './user-fields';
import type { Locale } from '@app/contracts';

/** Every field is optional; those present replace the stored value. */
export class UpdateMeDto {
  @NameField('Ada', true)
  firstName?: string;

  @NameField('Lovelace', true)
  lastName?: string;

  @BirthDateField()
  birthDate?: string | null;

  @LocaleField()
  locale?: Locale;
}

export class ChangePasswordDto {
  @CurrentPasswordField()
  currentPassword!: string;

  @NewPasswordField()
  newPassword!: string;
}

/** Deleting the account asks for the password again. */
export class DeleteMeDto {
  @CurrentPasswordField()
  password!: string;
}
