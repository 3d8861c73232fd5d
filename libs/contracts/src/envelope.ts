import { z } from 'zod';
import { payloadSchemas, PayloadOf } from './payloads';
import { ALL_ROUTING_KEYS, RoutingKey } from './routing-keys';

export interface Envelope<K extends RoutingKey = RoutingKey> {
  /** Idempotency key: a redelivered message keeps its id. */
  id: string;
  type: K;
  occurredAt: string;
  correlationId: string;
  data: PayloadOf<K>;
}

/** A message of any routing key, discriminated on `type`. */
export type AnyEnvelope = { [K in RoutingKey]: Envelope<K> }[RoutingKey];

const envelopeHeaderSchema = z.object({
  id: z.uuid(),
  type: z.enum(ALL_ROUTING_KEYS as [RoutingKey, ...RoutingKey[]]),
  occurredAt: z.iso.datetime({ offset: true }),
  correlationId: z.string().min(1).max(200),
  data: z.unknown(),
});

export type ParseResult =
  | { ok: true; envelope: AnyEnvelope }
  | { ok: false; error: string };

/**
 * Validates an incoming message: the envelope first, then the payload against the schema of its
 * type. Anything that fails never reaches a handler.
 */
export function parseEnvelope(raw: unknown): ParseResult {
  const header = envelopeHeaderSchema.safeParse(raw);
  if (!header.success) return { ok: false, error: z.prettifyError(header.error) };
  const data = payloadSchemas[header.data.type].safeParse(header.data.data);
  if (!data.success) return { ok: false, error: z.prettifyError(data.error) };
  return { ok: true, envelope: { ...header.data, data: data.data } as AnyEnvelope };
}

/** Builds a validated envelope; throws if the payload does not satisfy its schema. */
export function createEnvelope<K extends RoutingKey>(
  type: K,
  data: PayloadOf<K>,
  meta: { id: string; correlationId: string; occurredAt?: Date },
): Envelope<K> {
  const parsed = payloadSchemas[type].parse(data) as PayloadOf<K>;
  return {
    id: meta.id,
    type,
    occurredAt: (meta.occurredAt ?? new Date()).toISOString(),
    correlationId: meta.correlationId,
    data: parsed,
  };
}
