import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { readUnsubscribeToken, Subscription, unsubscribeToken } from './unsubscribe-tokens';

/** The one-click link of event mail (RFC 8058), for the message payload of each recipient. */
@Injectable()
export class UnsubscribeLinks {
  constructor(private readonly config: AppConfig) {}

  /** The API route mail providers POST to; the app page of the same token asks first. */
  urlFor(subscription: Subscription): string {
    const token = unsubscribeToken(this.config.auth.jwtSecret, subscription);
    return new URL(`/api/unsubscribe/${token}`, this.config.appUrl).toString();
  }

  pageUrlFor(token: string): string {
    return new URL(`/unsubscribe/${encodeURIComponent(token)}`, this.config.appUrl).toString();
  }

  read(token: string): Subscription | undefined {
    return readUnsubscribeToken(this.config.auth.jwtSecret, token);
  }
}
