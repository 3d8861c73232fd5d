import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ValidationProblem } from '../problem';

/** Checks one path parameter: anything but a UUID is a 400 naming it, never a 500. */
export const uuidParamPipe = (name: string) =>
  new ParseUUIDPipe({
    exceptionFactory: () => new ValidationProblem([{ field: name, message: 'must be a UUID' }]),
  });

/** A path parameter that must be a UUID. */
export const UuidParam = (name: string) => Param(name, uuidParamPipe(name));
