import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';

export const REFRESH_COOKIE_NAME = 'refresh_token';
/** The browser sends the cookie to the auth routes only, never to the rest of the API. */
export const REFRESH_COOKIE_PATH = '/api/auth';

/** The refresh token travels only in this cookie: HttpOnly, SameSite=Strict, Secure over https. */
@Injectable()
export class RefreshCookie {
  constructor(private readonly config: AppConfig) {}

  private get attributes() {
    return {
      httpOnly: true,
      sameSite: 'strict' as const,
      path: REFRESH_COOKIE_PATH,
      secure: this.config.appUrl.startsWith('https:'),
    };
  }

  read(request: FastifyRequest): string | undefined {
    const value = request.cookies?.[REFRESH_COOKIE_NAME];
    return value ? value : undefined;
  }

  set(reply: FastifyReply, token: string): void {
    reply.setCookie(REFRESH_COOKIE_NAME, token, {
      ...this.attributes,
      maxAge: this.config.auth.refreshTokenTtlDays * 86_400,
    });
  }

  clear(reply: FastifyReply): void {
    reply.clearCookie(REFRESH_COOKIE_NAME, this.attributes);
  }
}
