import { HttpStatus } from '@nestjs/common';
import { MAX_EVENT_DURATION_DAYS } from '@app/calendar';
import { ProblemException, ValidationProblem } from '../common/problem';

/** Also the answer to an outsider: they may not learn the event exists. */
export class EventNotFound extends ProblemException {
  constructor() {
    super(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such event, or you may not see it.');
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

export class EventTooLong extends ValidationProblem {
  constructor() {
    super([
      {
        field: 'endsAt',
        message: `endsAt must be at most ${MAX_EVENT_DURATION_DAYS} days after startsAt`,
      },
    ]);
  }
}

/** An unknown link, or one whose person has left the association: both look alike. */
export class RsvpLinkNotFound extends ProblemException {
  constructor() {
    super(
      HttpStatus.NOT_FOUND,
      'rsvp-link-not-found',
      'This link does not work',
      'This answer link is unknown or no longer valid.',
    );
  }
}

/** Resending to someone the event is not mailed to: not a member, unverified, or they stopped it. */
export class DeliveryRecipientNotFound extends ProblemException {
  constructor() {
    super(
      HttpStatus.NOT_FOUND,
      'delivery-recipient-not-found',
      'Not a recipient',
      'This person does not receive this event’s mail: they are not a verified member, or they stopped it.',
    );
  }
}
