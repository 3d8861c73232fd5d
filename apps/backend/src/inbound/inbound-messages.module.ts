import { Module } from '@nestjs/common';
import { MessagingModule } from '../messaging/messaging.module';
import { InboundMessages } from './inbound-messages.service';

/** The backend's consumer of reports; features import it and register their handlers. */
@Module({
  imports: [MessagingModule],
  providers: [InboundMessages],
  exports: [InboundMessages],
})
export class InboundMessagesModule {}
