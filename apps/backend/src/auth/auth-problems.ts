import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../common/problem';

export class InvalidCredentials extends ProblemException {
  constructor() {
    super(
      HttpStatus.UNAUTHORIZED,
      'invalid-credentials',
      'Wrong email or password',
      'The email or the password is wrong.',
    );
  }
}

/** Asked only of someone who gave the right password, so it tells a stranger nothing. */
export class EmailNotVerified extends ProblemException {
  constructor() {
    super(
      HttpStatus.FORBIDDEN,
      'email-not-verified',
      'Email not verified',
      'Confirm your email address with the link we sent before logging in.',
    );
  }
}

export class InvalidRefreshToken extends ProblemException {
  constructor() {
    super(
      HttpStatus.UNAUTHORIZED,
      'invalid-refresh-token',
      'Session ended',
      'The refresh token is missing, expired or revoked; log in again.',
    );
  }
}

/** A mailed link (verification, password reset) that is unknown or has expired. */
export class InvalidToken extends ProblemException {
  constructor() {
    super(
      HttpStatus.BAD_REQUEST,
      'invalid-token',
      'Invalid or expired link',
      'This link is not valid or has expired; ask for a new one.',
    );
  }
}

/** A mailed link that was already used: it conflicts with the state of the token. */
export class TokenAlreadyUsed extends ProblemException {
  constructor() {
    super(
      HttpStatus.CONFLICT,
      'token-already-used',
      'Link already used',
      'This link has already been used.',
    );
  }
}

export class AccessTokenRequired extends ProblemException {
  constructor() {
    super(
      HttpStatus.UNAUTHORIZED,
      'unauthorized',
      'Authentication required',
      'An access token is required (Authorization: Bearer …).',
    );
  }
}

export class AccessTokenInvalid extends ProblemException {
  constructor() {
    super(
      HttpStatus.UNAUTHORIZED,
      'unauthorized',
      'Authentication required',
      'The access token is invalid or has expired.',
    );
  }
}

/** The route sets `Retry-After` with the same number of seconds. */
export class TooManyAttempts extends ProblemException {
  constructor(retryAfterSeconds: number) {
    super(
      HttpStatus.TOO_MANY_REQUESTS,
      'too-many-requests',
      'Too many requests',
      `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
    );
  }
}

/** Every password check slot of the process is taken and its waiting line is full. */
export class PasswordChecksBusy extends ProblemException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      HttpStatus.SERVICE_UNAVAILABLE,
      'password-checks-busy',
      'Too busy to check passwords',
      `Too many passwords are being checked right now. Try again in ${retryAfterSeconds} seconds.`,
    );
  }

  override get headers(): Record<string, string> {
    return { 'retry-after': String(this.retryAfterSeconds) };
  }
}
