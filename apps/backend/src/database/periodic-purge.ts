import { Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';

/**
 * A clean-up that runs on a timer of its own, never in a request. Subclasses say what one purge
 * deletes (`purge`, usually with `drain` over `deleteUnlockedBatch`) and how to report it; the
 * timer, the one-run-at-a-time rule and the orderly stop live here.
 */
export abstract class PeriodicPurge<Result> implements OnModuleInit, OnModuleDestroy {
  protected abstract readonly logger: Logger;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly intervalMinutes: number,
    private readonly batchSize: number,
  ) {}

  /** One whole purge. */
  abstract purge(): Promise<Result>;

  /** The log line after a purge, e.g. what it deleted. */
  protected abstract describe(result: Result): string;

  onModuleInit(): void {
    this.timer = setInterval(() => this.runScheduled(), this.intervalMinutes * 60_000);
    // The purge never keeps a process alive that is otherwise done.
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Batch after batch until a batch comes back short, or the process stops. */
  protected async drain(deleteBatch: (limit: number) => Promise<number>): Promise<number> {
    const limit = this.batchSize;
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
      .then((result) => this.logger.log(this.describe(result)))
      .catch((error: Error) =>
        this.logger.warn(`Purge failed, next try in the next interval: ${error.message}`),
      )
      .finally(() => {
        this.running = undefined;
      });
  }
}
