import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../common/problem';

/** Malformed, rotated and never-issued tokens all look alike. */
export class CalendarFeedNotFound extends ProblemException {
  constructor() {
    super(
      HttpStatus.NOT_FOUND,
      'calendar-feed-not-found',
      'No such calendar',
      'This calendar link does not exist or was replaced: copy the new one from your profile.',
    );
  }
}
