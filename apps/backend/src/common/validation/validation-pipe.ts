import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, ValidationProblem } from '../problem';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Global validation: unknown fields and wrong types are a 400 that names each bad field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      return new ValidationProblem(
        fieldErrors.length > 0
          ? fieldErrors
          : [{ field: '(body)', message: 'the request body must be a JSON object' }],
      );
    },
  });
}
