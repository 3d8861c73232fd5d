/**
 * Replies taken from everyone together: the site's MTA is the only client, so a per-IP limit
 * would be a global one anyway. A bucket of one minute's worth, refilled continuously.
 */
export class RateLimit {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perMinute: number,
    private readonly clock: () => number = Date.now,
  ) {
    this.tokens = perMinute;
    this.last = clock();
  }

  take(): boolean {
    const now = this.clock();
    this.tokens = Math.min(this.perMinute, this.tokens + ((now - this.last) * this.perMinute) / 60_000);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
