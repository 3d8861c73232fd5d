import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { MinutesPurgeService } from './minutes-purge.service';
import { MinutesController } from './minutes.controller';
import { MinutesRepository } from './minutes.repository';
import { MinutesService } from './minutes.service';

@Module({
  imports: [AccessModule],
  controllers: [MinutesController],
  providers: [MinutesService, MinutesRepository, MinutesPurgeService],
})
export class MinutesModule {}
