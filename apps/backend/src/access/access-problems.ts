import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../common/problem';

/** Also the answer to an outsider asking for members-only content: they may not learn it exists. */
export class AssociationNotFound extends ProblemException {
  constructor() {
    super(
      HttpStatus.NOT_FOUND,
      'not-found',
      'Not found',
      'No such association, or you may not see it.',
    );
  }
}

export class AdminsOnly extends ProblemException {
  constructor() {
    super(
      HttpStatus.FORBIDDEN,
      'forbidden',
      'Forbidden',
      'Only an admin of this association may do this.',
    );
  }
}

export class MembersOnly extends ProblemException {
  constructor() {
    super(
      HttpStatus.FORBIDDEN,
      'forbidden',
      'Forbidden',
      'Only members of this association may do this.',
    );
  }
}
