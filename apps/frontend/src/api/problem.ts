/**
 * Errors come back as problem+json (RFC 9457). The generated client types each route's error body;
 * these helpers read only the members every problem shares.
 */
interface ProblemLike {
  status?: number;
  title?: string;
  detail?: string;
  errors?: { field?: string; message?: string }[];
}

/** Thrown by `unwrap` so TanStack Query sees a failure; carries the problem for the UI. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemLike | undefined,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  /** Field errors keyed by the form field they belong to (`voterIds.2` → `voterIds`). */
  get fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const { field, message } of this.problem?.errors ?? []) {
      if (!field || !message) continue;
      const key = field.split('.')[0];
      result[key] = result[key] ? `${result[key]}; ${message}` : message;
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
  throw new ApiError(result.response.status, problem);
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
