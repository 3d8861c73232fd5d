import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../common/problem';

/** Also the answer about an unverified account, and about one deleted while its access token lives. */
export class UserNotFound extends ProblemException {
  constructor() {
    super(HttpStatus.NOT_FOUND, 'user-not-found', 'User not found', 'There is no such user.');
  }
}

export class WrongPassword extends ProblemException {
  constructor() {
    super(
      HttpStatus.FORBIDDEN,
      'wrong-password',
      'Wrong password',
      'The current password is not correct.',
    );
  }
}
