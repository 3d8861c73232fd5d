import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import { AppConfig } from '../config/app-config';
import { TooManyAttempts } from './auth-problems';

const MINUTE_MS = 60_000;

/** The address a request is about, normalized like the services do, or undefined. */
export function emailOfRequestBody(body: unknown): string | undefined {
  const email = (body as { email?: unknown } | null)?.email;
  if (typeof email !== 'string') return undefined;
  const normalized = email.trim().toLowerCase();
  return normalized.length > 0 && normalized.length <= 254 ? normalized : undefined;
}

/**
 * Two limits on the sensitive auth routes: per client IP (per minute) and per email address in
 * the body (per 15 minutes), so neither many addresses from one client nor one address from
 * many clients gets through. Counters live in memory, per backend process.
 */
export function authThrottlerOptions(config: AppConfig): ThrottlerModuleOptions {
  return {
    setHeaders: false,
    throttlers: [
      { name: 'ip', ttl: MINUTE_MS, limit: config.auth.rateLimitPerIp },
      {
        name: 'email',
        ttl: 15 * MINUTE_MS,
        limit: config.auth.rateLimitPerEmail,
        getTracker: (request) => emailOfRequestBody(request.body) ?? '',
        skipIf: (context) =>
          emailOfRequestBody(context.switchToHttp().getRequest().body) === undefined,
      },
    ],
  };
}

/** Answers a limited request with 429 problem+json and `Retry-After` in seconds. */
@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const retryAfterSeconds = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    context
      .switchToHttp()
      .getResponse<FastifyReply>()
      .header('retry-after', String(retryAfterSeconds));
    throw new TooManyAttempts(retryAfterSeconds);
  }
}
