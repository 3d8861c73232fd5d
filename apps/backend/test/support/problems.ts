import { HttpResponse } from './test-app';

/** The response is an RFC 9457 problem with this status and one of Agora's problem types. */
export function expectProblem(response: HttpResponse, status: number): void {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect(response.body).toMatchObject({
    status,
    type: expect.stringMatching(/^urn:agora:problem:/),
    detail: expect.any(String),
  });
}

/** The fields named by a validation problem's `errors`, each once, sorted. */
export function badFields(response: HttpResponse): string[] {
  return [
    ...new Set<string>((response.body.errors ?? []).map((error: { field: string }) => error.field)),
  ].sort();
}
