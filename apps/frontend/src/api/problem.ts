/**
 * Errors come back as problem+json (RFC 9457). The generated client types each route's error body;
 * these helpers read only the members every problem shares.
 */
interface ProblemLike {
  type?: string;
  status?: number;
  title?: string;
  detail?: string;
  errors?: { field?: string; message?: string }[];
}

const PROBLEM_PREFIX = 'urn:agora:problem:';

/** Thrown by `unwrap` so TanStack Query sees a failure; carries the problem for the UI. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemLike | undefined,
    /** Seconds to wait before asking again, from a 429 or 503's `Retry-After`. */
    readonly retryAfter: number | null = null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  /** The problem's name: `invitation-pending` for `urn:agora:problem:invitation-pending`. */
  get kind(): string | undefined {
    return this.problem?.type?.startsWith(PROBLEM_PREFIX)
      ? this.problem.type.slice(PROBLEM_PREFIX.length)
      : undefined;
  }

  /** Field errors keyed by the form field they belong to (`voterIds.2` → `voterIds`). */
  get fieldErrors(): Record<string, string> {
    return this.fieldErrorsTold((message) => message);
  }

  /** The same, each message rewritten by `tell` (e.g. into the reader's language). */
  fieldErrorsTold(tell: (message: string) => string): Record<string, string> {
    const result: Record<string, string> = {};
    for (const { field, message } of this.problem?.errors ?? []) {
      if (!field || !message) continue;
      const key = field.split('.')[0];
      const told = tell(message);
      result[key] = result[key] ? `${result[key]}; ${told}` : told;
    }
    return result;
  }
}

/** Returns the data of a successful call, or throws an `ApiError` with the server's problem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  const problem =
    typeof result.error === 'object' && result.error !== null
      ? (result.error as ProblemLike)
      : undefined;
  const retryAfter = Number(result.response.headers.get('retry-after'));
  throw new ApiError(
    result.response.status,
    problem,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  );
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** The name of the problem an `ApiError` carries, if `error` is one. */
export const problemKind = (error: unknown): string | undefined =>
  error instanceof ApiError ? error.kind : undefined;
