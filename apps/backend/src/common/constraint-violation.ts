import { QueryFailedError } from 'typeorm';

/**
 * Whether PostgreSQL refused a write because of this constraint (or unique index), by name.
 * Catch where the write happens and turn only the expected constraint into the feature's
 * problem; any other database error is a bug of ours and must stay a logged 500.
 */
export function violatesConstraint(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: unknown; constraint?: unknown } | undefined;
  // Class 23: integrity constraint violation (unique, foreign key, check, not null, exclusion).
  return (
    typeof driverError?.code === 'string' &&
    driverError.code.startsWith('23') &&
    driverError.constraint === constraint
  );
}
