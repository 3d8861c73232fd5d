import { Injectable } from '@nestjs/common';
import { AuthThrottlerGuard } from '../auth/auth-throttler.guard';

/**
 * The per-minute limit counted per feed, not per client address: Google and Microsoft fetch every
 * subscribed calendar from a few shared addresses, which a per-address limit would starve.
 */
@Injectable()
export class FeedThrottlerGuard extends AuthThrottlerGuard {
  protected override async getTracker(request: { params?: { file?: string } }): Promise<string> {
    return `calendar-feed:${request.params?.file ?? ''}`;
  }
}
