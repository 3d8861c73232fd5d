import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../common/problem';

export class AssociationNameTaken extends ProblemException {
  constructor(name: string) {
    super(
      HttpStatus.CONFLICT,
      'association-name-taken',
      'This name is taken',
      `An association named "${name}" already exists.`,
    );
  }
}

/**
 * A still-valid access token whose account was deleted: the caller must log in again, like with
 * any other token that no longer names an account.
 */
export class AccountGone extends ProblemException {
  constructor() {
    super(
      HttpStatus.UNAUTHORIZED,
      'unauthorized',
      'Authentication required',
      'The account of this access token no longer exists; log in again.',
    );
  }
}

export class AlreadyMember extends ProblemException {
  constructor() {
    super(
      HttpStatus.CONFLICT,
      'already-member',
      'Already a member',
      'This user is already a member of the association.',
    );
  }
}

export class LastAdmin extends ProblemException {
  constructor(associations?: { id: string; name: string }[]) {
    super(
      HttpStatus.CONFLICT,
      'last-admin',
      'An association needs an admin',
      associations
        ? `This account is the only admin of ${associations.map((a) => `"${a.name}"`).join(', ')}: make another member admin there first (or delete the association).`
        : 'This is the last admin of the association: make another member admin first (or delete the association).',
      associations ? { associations } : {},
    );
  }
}

/** The same answer for an unknown and an unverified user, so nobody learns which accounts are pending. */
export class UserNotEligible extends ProblemException {
  constructor() {
    super(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'user-not-eligible',
      'This user cannot be added',
      'userId does not name a user with a verified email address.',
      { errors: [{ field: 'userId', message: 'must be a verified user' }] },
    );
  }
}

export class MemberNotFound extends ProblemException {
  constructor() {
    super(
      HttpStatus.NOT_FOUND,
      'not-found',
      'Not found',
      'This user is not a member of the association.',
    );
  }
}
