import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { FieldError, ValidationProblem } from '../problem';
import { SIZE_RULES } from './size';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Checks the size rules (`common/validation/size.ts`) of the whole request first and, only when
 * every string and array is within its bound, every rule. An oversized field is refused with its
 * size error alone, so no rule that looks at each character or element runs on it.
 */
class SizeFirstValidationPipe extends ValidationPipe {
  protected override async validate(
    object: object,
    validatorOptions: ValidatorOptions = {},
  ): Promise<ValidationError[]> {
    const sizeErrors = await super.validate(object, {
      validationError: validatorOptions.validationError,
      groups: [SIZE_RULES],
      // Fields without a size rule are not "unknown" here; the full pass judges them.
      whitelist: false,
      forbidNonWhitelisted: false,
      forbidUnknownValues: false,
    });
    if (sizeErrors.length > 0) return sizeErrors;
    return super.validate(object, validatorOptions);
  }
}

/** Global validation: unknown fields and wrong types are a 400 that names each bad field. */
export function createValidationPipe(): ValidationPipe {
  return new SizeFirstValidationPipe({
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
