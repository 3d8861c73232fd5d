import { HttpException, HttpStatus } from '@nestjs/common';

/** One invalid field of a request, as listed in a validation problem's `errors`. */
export interface FieldError {
  /** Dotted path of the field, e.g. `email` or `voterIds.2`. */
  field: string;
  message: string;
}

/** Body of every error response (RFC 9457 problem details). */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  correlationId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types are URNs documented in docs/api-errors.md. */
export const problemType = (slug: string) => `urn:agora:problem:${slug}`;

/**
 * An error with a problem type of its own. Each feature declares its problems once, as
 * subclasses in its `<feature>-problems.ts`; services throw those and only the filter renders
 * them. (Nest's built-in HTTP exceptions are left to the framework, which maps them to a generic
 * type per status.)
 */
export class ProblemException extends HttpException {
  constructor(
    status: HttpStatus,
    readonly slug: string,
    readonly title: string,
    readonly detail: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail, status);
  }

  /** Response headers that go with the problem (e.g. `retry-after`); the filter sets them. */
  get headers(): Record<string, string> {
    return {};
  }
}

export class ValidationProblem extends ProblemException {
  constructor(errors: FieldError[], detail?: string) {
    super(
      HttpStatus.BAD_REQUEST,
      'validation-error',
      'Your request is not valid',
      detail ?? errors.map((error) => `${error.field}: ${error.message}`).join('; '),
      { errors },
    );
  }
}
