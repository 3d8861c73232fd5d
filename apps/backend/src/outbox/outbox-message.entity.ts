import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { AnyEnvelope, RoutingKey } from '@app/contracts';

/** A message waiting to be (or already) published to RabbitMQ by the outbox relay. */
@Entity({ name: 'outbox' })
export class OutboxMessage {
  /** Same as the envelope's id: the idempotency key downstream. */
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'routing_key', type: 'text' })
  routingKey!: RoutingKey;

  /** The whole envelope, exactly as it will be published. */
  @Column({ type: 'jsonb' })
  payload!: AnyEnvelope;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** A row that failed to publish waits until then before the relay tries it again. */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;
}
