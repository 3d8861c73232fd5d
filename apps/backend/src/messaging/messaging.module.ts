import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { BrokerHealthIndicator } from './broker.health';
import { BrokerService } from './broker.service';

@Module({
  imports: [TerminusModule],
  providers: [BrokerService, BrokerHealthIndicator],
  exports: [BrokerService, BrokerHealthIndicator],
})
export class MessagingModule {}
