import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { AccessTokenGuard } from './access-token.guard';
import { RefreshSession } from './entities/refresh-session.entity';
import { PasswordHasher } from './password-hasher';
import { RefreshCookie } from './refresh-cookie';
import { RefreshSessionsRepository } from './refresh-sessions.repository';
import { RefreshSessionsService } from './refresh-sessions.service';

/**
 * Access-token signing, the global guard, and what both the account routes (AuthModule) and
 * the profile routes (UsersModule) need: password hashing and session revocation.
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
  ],
  providers: [
    { provide: APP_GUARD, useClass: AccessTokenGuard },
    PasswordHasher,
    RefreshSessionsRepository,
    RefreshSessionsService,
    RefreshCookie,
  ],
  exports: [JwtModule, PasswordHasher, RefreshSessionsService, RefreshCookie],
})
export class AuthCoreModule {}
