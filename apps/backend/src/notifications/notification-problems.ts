import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../common/problem';

/** A link we did not sign, or one whose signature no longer matches: both look alike. */
export class UnsubscribeLinkNotFound extends ProblemException {
  constructor() {
    super(
      HttpStatus.NOT_FOUND,
      'unsubscribe-link-not-found',
      'No such link',
      'This unsubscribe link is not valid. You can choose which mail you receive in your profile.',
    );
  }
}

/** Associations I do not belong to and ids that do not exist look alike. */
export class NotAMember extends ProblemException {
  constructor() {
    super(
      HttpStatus.NOT_FOUND,
      'association-not-found',
      'No such association',
      'One of these associations does not exist, or you are not a member of it.',
    );
  }
}
