import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '../messaging/messaging.module';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxRelayService } from './outbox-relay.service';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';

@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessage]), MessagingModule],
  providers: [OutboxService, OutboxRepository, OutboxRelayService],
  exports: [OutboxService],
})
export class OutboxModule {}
