import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { EventsModule } from '../events/events.module';
import { AssociationsController } from './associations.controller';
import { AssociationsRepository } from './associations.repository';
import { AssociationsService } from './associations.service';

@Module({
  imports: [AccessModule, EventsModule],
  controllers: [AssociationsController],
  providers: [AssociationsService, AssociationsRepository],
  exports: [AssociationsService],
})
export class AssociationsModule {}
