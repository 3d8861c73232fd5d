import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../common/problem';

export class MinuteNotFound extends ProblemException {
  constructor() {
    super(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such minutes in this association.');
  }
}

/** Names every bad id in `invalidVoterIds`; the readable texts name the first few only. */
export class VotersNotMembers extends ProblemException {
  constructor(invalidVoterIds: string[]) {
    const shown = invalidVoterIds.slice(0, 10).join(', ');
    const more = invalidVoterIds.length > 10 ? ` and ${invalidVoterIds.length - 10} more` : '';
    super(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'voters-not-members',
      'Every voter must be a member',
      `These voters are not members of the association: ${shown}${more}.`,
      {
        invalidVoterIds,
        errors: [{ field: 'voterIds', message: `not members of the association: ${shown}${more}` }],
      },
    );
  }
}
