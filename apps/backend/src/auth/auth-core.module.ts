import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { AccessTokenGuard } from './access-token.guard';
import { authThrottlerOptions } from './auth-throttler.guard';
import { RefreshSession } from './entities/refresh-session.entity';
import { PasswordHasher } from './password-hasher';
import { RefreshCookie } from './refresh-cookie';
import { RefreshSessionsRepository } from './refresh-sessions.repository';
import { RefreshSessionsService } from './refresh-sessions.service';

/**
 * Access-token signing, the global guard, and what both the account routes (AuthModule) and
 * the profile routes (UsersModule) need: password hashing, session revocation and the
 * rate limits of the routes that check a password.
 */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // A KeyObject, not the string: given a string, jsonwebtoken first tries to parse it as a
        // public key on every verification, which made token checks ~50× slower (docs/performance.md).
        secret: createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8')),
        signOptions: { algorithm: 'HS256', expiresIn: config.auth.accessTokenTtlSeconds },
      }),
    }),
    TypeOrmModule.forFeature([RefreshSession]),
    // The limits of AuthThrottlerGuard, for the account routes and the profile routes that check a password.
    ThrottlerModule.forRootAsync({ inject: [AppConfig], useFactory: authThrottlerOptions }),
  ],
  providers: [
    { provide: APP_GUARD, useClass: AccessTokenGuard },
    PasswordHasher,
    RefreshSessionsRepository,
    RefreshSessionsService,
    RefreshCookie,
  ],
  exports: [
    JwtModule,
    ThrottlerModule,
    PasswordHasher,
    RefreshSessionsRepository,
    RefreshSessionsService,
    RefreshCookie,
  ],
})
export class AuthCoreModule {}
