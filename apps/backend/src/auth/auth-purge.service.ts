import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { EmailTokensRepository } from './email-tokens.repository';
import { RefreshSessionsRepository } from './refresh-sessions.repository';

export interface PurgeResult {
  refreshSessions: number;
  emailTokens: number;
}

/**
 * Deletes refresh sessions and email tokens that can no longer be used, on a timer of its own and
 * never in a request. Each statement deletes one bounded batch and skips rows someone else holds,
 * so every replica can run it at the same time; they share the work instead of waiting.
 */
@Injectable()
export class AuthPurgeService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AuthPurgeService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly sessions: RefreshSessionsRepository,
    private readonly tokens: EmailTokensRepository,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(
      () => this.runScheduled(),
      this.config.auth.purgeIntervalMinutes * 60_000,
    );
    // The purge never keeps a process alive that is otherwise done.
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** One whole purge: batch after batch until a batch comes back short. */
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

  private async drain(deleteBatch: (limit: number) => Promise<number>): Promise<number> {
    const limit = this.config.auth.purgeBatchSize;
    let total = 0;
    for (;;) {
      const deleted = await deleteBatch(limit);
      total += deleted;
      // A short batch means nothing is left that no one else holds.
      if (deleted < limit || this.stopped) return total;
    }
  }

  /** A purge still running when the timer fires again (a huge backlog) is left to finish. */
  private runScheduled(): void {
    if (this.running) return;
    this.running = this.purge()
      .then((result) =>
        this.logger.log(
          `Purged ${result.refreshSessions} refresh sessions and ${result.emailTokens} email tokens`,
        ),
      )
      .catch((error: Error) =>
        this.logger.warn(`Purge failed, next try in the next interval: ${error.message}`),
      )
      .finally(() => {
        this.running = undefined;
      });
  }
}
