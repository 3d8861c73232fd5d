import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { PeriodicPurge } from '../database/periodic-purge';
import { EmailTokensRepository } from './email-tokens.repository';
import { RefreshSessionsRepository } from './refresh-sessions.repository';

export interface PurgeResult {
  refreshSessions: number;
  emailTokens: number;
}

/**
 * Deletes refresh sessions and email tokens that can no longer be used. Each statement deletes
 * one bounded batch and skips rows someone else holds, so every replica can run it at the same
 * time; they share the work instead of waiting.
 */
@Injectable()
export class AuthPurgeService extends PeriodicPurge<PurgeResult> {
  protected readonly logger = new Logger(AuthPurgeService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly sessions: RefreshSessionsRepository,
    private readonly tokens: EmailTokensRepository,
  ) {
    super(config.auth.purgeIntervalMinutes, config.auth.purgeBatchSize);
  }

  async purge(): Promise<PurgeResult> {
    const manager = this.dataSource.manager;
    const absoluteDays = this.config.auth.refreshAbsoluteDays;
    return {
      refreshSessions: await this.drain((limit) =>
        this.sessions.purgeDead(manager, absoluteDays, limit),
      ),
      emailTokens: await this.drain((limit) => this.tokens.purgeExpired(manager, limit)),
    };
  }

  protected describe(result: PurgeResult): string {
    return `Purged ${result.refreshSessions} refresh sessions and ${result.emailTokens} email tokens`;
  }
}
