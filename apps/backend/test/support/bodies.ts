import { BODY_LIMIT_BYTES } from '../../src/bootstrap';

/** Room left under the body limit for the rest of the body. */
export const HEADROOM = 1024;

/** `unit` repeated (between `x`s, so trimming keeps it) until the JSON body is just under the limit. */
export function hugeString(body: Record<string, unknown>, field: string, unit: string): string {
  const rest = JSON.stringify({ ...body, [field]: '' }).length;
  const unitBytes = JSON.stringify(unit).length - 2;
  return `x${unit.repeat(Math.floor((BODY_LIMIT_BYTES - HEADROOM - rest) / unitBytes))}x`;
}
