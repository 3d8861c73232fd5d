import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config';
import { AccessTokenGuard } from './access-token.guard';

/** Access-token signing and the global guard; the account routes live in AuthModule. */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.auth.jwtSecret,
        signOptions: { algorithm: 'HS256', expiresIn: config.auth.accessTokenTtlSeconds },
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: AccessTokenGuard }],
  exports: [JwtModule],
})
export class AuthCoreModule {}
