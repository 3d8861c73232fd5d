import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ValidationProblem } from '../problem';

/** A path parameter that must be a UUID: anything else is a 400 naming it, never a 500. */
export const UuidParam = (name: string) =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => new ValidationProblem([{ field: name, message: 'must be a UUID' }]),
    }),
  );
