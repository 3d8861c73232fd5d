import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { PeriodicPurge } from '../database/periodic-purge';
import { MinutesRepository } from './minutes.repository';

/** Statements stay short: a large backlog goes in several of them. */
const PURGE_BATCH_SIZE = 1000;

/**
 * Removes for good the minutes whose undo window has passed. It runs once per window, so deleted
 * minutes are gone within twice the window; several replicas share the work (SKIP LOCKED).
 */
@Injectable()
export class MinutesPurgeService extends PeriodicPurge<number> {
  protected readonly logger = new Logger(MinutesPurgeService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly minutes: MinutesRepository,
  ) {
    super(config.minutes.undoMinutes, PURGE_BATCH_SIZE);
  }

  purge(): Promise<number> {
    const undoMinutes = this.config.minutes.undoMinutes;
    return this.drain((limit) =>
      this.minutes.purgeDeleted(this.dataSource.manager, undoMinutes, limit),
    );
  }

  protected describe(deleted: number): string {
    return `Purged ${deleted} deleted minutes`;
  }
}
