import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';

/** Who is calling, as proven by the access token. */
export interface AuthUser {
  id: string;
}

/** Claims of an access token. */
export interface AccessTokenClaims {
  sub: string;
}

export const IS_PUBLIC = 'agora:isPublic';

/** Marks a route that needs no access token. Every other route does. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthUser =>
    context.switchToHttp().getRequest<{ user: AuthUser }>().user,
);
