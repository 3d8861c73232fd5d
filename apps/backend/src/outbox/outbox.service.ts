import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { EntityManager } from 'typeorm';
import { AnyEnvelope, createEnvelope, PayloadOf, RoutingKey } from '@app/contracts';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxRepository } from './outbox.repository';

/**
 * Writes "send this message" rows. Callers pass the EntityManager of their own transaction so
 * the state change and its message commit together or not at all.
 */
@Injectable()
export class OutboxService {
  constructor(
    private readonly cls: ClsService,
    private readonly outbox: OutboxRepository,
  ) {}

  async enqueue<K extends RoutingKey>(
    manager: EntityManager,
    type: K,
    data: PayloadOf<K>,
  ): Promise<OutboxMessage> {
    const envelope = createEnvelope(type, data, {
      id: randomUUID(),
      correlationId: this.cls.getId() ?? randomUUID(),
    });
    return this.outbox.insert(manager, {
      id: envelope.id,
      routingKey: type,
      payload: envelope as AnyEnvelope,
    });
  }
}
