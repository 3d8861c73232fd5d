import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '../outbox/outbox.module';
import { UsersModule } from '../users/users.module';
import { AuthPurgeService } from './auth-purge.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { EmailTokensRepository } from './email-tokens.repository';
import { EmailTokensService } from './email-tokens.service';
import { EmailToken } from './entities/email-token.entity';

/** The account routes under /api/auth. */
@Module({
  imports: [
    TypeOrmModule.forFeature([EmailToken]),
    OutboxModule,
    UsersModule,
  ],
  controllers: [AuthController],
  providers: [AuthService, AuthPurgeService, EmailTokensRepository, EmailTokensService],
})
export class AuthModule {}
