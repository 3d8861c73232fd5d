import { HttpStatus, NotFoundException } from '@nestjs/common';
import { ProblemException, ValidationProblem } from '../common/problem';

export class EventNotFound extends NotFoundException {
  constructor() {
    super('No such event, or you may not see it.');
  }
}

export class EventCancelled extends ProblemException {
  constructor() {
    super(
      HttpStatus.CONFLICT,
      'event-cancelled',
      'This event is cancelled',
      'A cancelled event can no longer be changed.',
    );
  }
}

export class EndsBeforeStart extends ValidationProblem {
  constructor() {
    super([{ field: 'endsAt', message: 'endsAt must be after startsAt' }]);
  }
}
