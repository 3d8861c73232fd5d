import { HttpStatus } from '@nestjs/common';
import { ProblemException, ValidationProblem } from '../common/problem';

export class InviteeMissing extends ValidationProblem {
  constructor() {
    super(
      [{ field: 'email', message: 'give either email or userId, not both and not neither' }],
      'An invitation goes to one person: give their email address or their userId.',
    );
  }
}

export class InvitationPending extends ProblemException {
  constructor() {
    super(
      HttpStatus.CONFLICT,
      'invitation-pending',
      'Already invited',
      'This person already has an invitation to this association waiting for an answer.',
    );
  }
}

/** The person declined an earlier invitation and asked this association not to invite them again. */
export class InvitationBlocked extends ProblemException {
  constructor() {
    super(
      HttpStatus.CONFLICT,
      'invitation-blocked',
      'This person asked not to be invited',
      'This person declined an invitation from this association and asked not to be invited again.',
    );
  }
}

export class InvitationLimitReached extends ProblemException {
  constructor(
    limit: number,
    readonly retryAfterSeconds: number,
  ) {
    super(
      HttpStatus.TOO_MANY_REQUESTS,
      'invitation-limit',
      'Too many invitations today',
      `An association may send ${limit} invitations per 24 hours. Try again in ${retryAfterSeconds} seconds.`,
      { limit, retryAfterSeconds },
    );
  }

  override get headers(): Record<string, string> {
    return { 'retry-after': String(this.retryAfterSeconds) };
  }
}

/** Unknown tokens, other people's invitations and revoked ids all look alike. */
export class InvitationNotFound extends ProblemException {
  constructor() {
    super(
      HttpStatus.NOT_FOUND,
      'invitation-not-found',
      'No such invitation',
      'This invitation does not exist, or it is not addressed to you.',
    );
  }
}

/** The link was forwarded, or the person is logged in with another account. */
export class InvitationForAnotherAddress extends ProblemException {
  constructor() {
    super(
      HttpStatus.FORBIDDEN,
      'invitation-for-another-address',
      'This invitation is for another address',
      'This invitation was sent to another email address than the one of your account. Log in with the account of that address (or register with it) to accept.',
    );
  }
}

export class InvitationClosed extends ProblemException {
  constructor(status: string) {
    super(
      HttpStatus.CONFLICT,
      'invitation-closed',
      'This invitation can no longer be answered',
      status === 'expired'
        ? 'This invitation has expired: ask the association for a new one.'
        : `This invitation was already ${status}.`,
      { invitationStatus: status },
    );
  }
}
