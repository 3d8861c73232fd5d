import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import { AppConfig } from '../config/app-config';
import { TooManyAttempts } from './auth-problems';
import type { AuthUser } from './auth-user';

const MINUTE_MS = 60_000;

/** The address a request is about, normalized like the services do, or undefined. */
export function emailOfRequestBody(body: unknown): string | undefined {
  const email = (body as { email?: unknown } | null)?.email;
  if (typeof email !== 'string') return undefined;
  const normalized = email.trim().toLowerCase();
  return normalized.length > 0 && normalized.length <= 254 ? normalized : undefined;
}

/** The client address as Fastify resolved it (X-Forwarded-For only from a trusted proxy). */
const clientIpOf = (request: { ip?: string }) => request.ip ?? '';

/**
 * The account a request is about: the signed-in user on the profile routes, else the email in
 * the body (login, registration, mailed links), or undefined.
 */
export function accountOfRequest(request: { user?: AuthUser; body?: unknown }): string | undefined {
  if (request.user) return `user:${request.user.id}`;
  const email = emailOfRequestBody(request.body);
  return email === undefined ? undefined : `email:${email}`;
}

const withoutAccount = (context: ExecutionContext) =>
  accountOfRequest(context.switchToHttp().getRequest()) === undefined;

/**
 * Three limits on the routes that check a password or mail a link (docs/accounts.md):
 * - per client IP, per minute: one client cannot try many accounts;
 * - per account *and* client IP, per 15 minutes: one client cannot try many passwords of one
 *   account, yet its attempts do not lock the owner, who comes from another address, out;
 * - per account from every address together, per 15 minutes, much higher: the ceiling against
 *   guessing one account's password from many addresses.
 * Counters live in memory, per backend process and per route.
 */
export function authThrottlerOptions(config: AppConfig): ThrottlerModuleOptions {
  return {
    setHeaders: false,
    throttlers: [
      { name: 'ip', ttl: MINUTE_MS, limit: config.auth.rateLimitPerIp },
      {
        name: 'account-ip',
        ttl: 15 * MINUTE_MS,
        limit: config.auth.rateLimitPerEmail,
        getTracker: (request) => `${accountOfRequest(request) ?? ''}|${clientIpOf(request)}`,
        skipIf: withoutAccount,
      },
      {
        name: 'account',
        ttl: 15 * MINUTE_MS,
        limit: config.auth.rateLimitPerAccount,
        getTracker: (request) => accountOfRequest(request) ?? '',
        skipIf: withoutAccount,
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
