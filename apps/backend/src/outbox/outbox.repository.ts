import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AnyEnvelope, RoutingKey } from '@app/contracts';
import { OutboxMessage } from './outbox-message.entity';

export interface PendingOutboxRow {
  id: string;
  routingKey: RoutingKey;
  payload: AnyEnvelope;
  attempts: number;
}

/** Every query on `outbox`: the writes of the services, then the relay's. */
@Injectable()
export class OutboxRepository {
  /** Runs on the manager of the caller's transaction, so the row commits with the change it reports. */
  async insert(
    manager: EntityManager,
    message: { id: string; routingKey: RoutingKey; payload: AnyEnvelope },
  ): Promise<OutboxMessage> {
    const rows: OutboxMessage[] = await manager.query(
      `INSERT INTO outbox (id, routing_key, payload) VALUES ($1, $2, $3)
       RETURNING id, routing_key AS "routingKey", payload, created_at AS "createdAt",
                 published_at AS "publishedAt", attempts, last_error AS "lastError",
                 next_attempt_at AS "nextAttemptAt"`,
      [message.id, message.routingKey, message.payload],
    );
    return rows[0];
  }

  // The relay's queries, each on the manager of the relay's own transaction.

  /**
   * Locks up to `limit` due rows, oldest first. SKIP LOCKED lets several relays (one per backend
   * replica) share the table: each takes rows the others are not holding.
   */
  async claimDue(manager: EntityManager, limit: number): Promise<PendingOutboxRow[]> {
    return manager.query(
      `SELECT id, routing_key AS "routingKey", payload, attempts
         FROM outbox
        WHERE published_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= now())
        ORDER BY created_at
        LIMIT $1
          FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  async markPublished(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(
      `UPDATE outbox SET published_at = now(), attempts = attempts + 1, last_error = NULL, next_attempt_at = NULL
        WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async markFailed(manager: EntityManager, id: string, error: string, retryInMs: number): Promise<void> {
    await manager.query(
      `UPDATE outbox
          SET attempts = attempts + 1, last_error = $2,
              next_attempt_at = now() + make_interval(secs => $3::double precision / 1000)
        WHERE id = $1`,
      [id, error.slice(0, 2000), retryInMs],
    );
  }
}
