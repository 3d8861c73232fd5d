import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { OutboxModule } from '../outbox/outbox.module';
import { UsersModule } from '../users/users.module';
import { authThrottlerOptions } from './auth-throttler.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { EmailTokensRepository } from './email-tokens.repository';
import { EmailTokensService } from './email-tokens.service';
import { EmailToken } from './entities/email-token.entity';

/** The account routes under /api/auth. Only these routes are rate limited. */
@Module({
  imports: [
    TypeOrmModule.forFeature([EmailToken]),
    ThrottlerModule.forRootAsync({ inject: [AppConfig], useFactory: authThrottlerOptions }),
    OutboxModule,
    UsersModule,
  ],
  controllers: [AuthController],
  providers: [AuthService, EmailTokensRepository, EmailTokensService],
})
export class AuthModule {}
