import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ClsModule } from 'nestjs-cls';
import { LoggerModule } from 'nestjs-pino';
import { AssociationsModule } from './associations/associations.module';
import { AuthCoreModule } from './auth/auth-core.module';
import { AuthModule } from './auth/auth.module';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { EventsModule } from './events/events.module';
import { HealthModule } from './health/health.module';
import { InvitationsModule } from './invitations/invitations.module';
import { CalendarFeedModule } from './calendar-feed/calendar-feed.module';
import { withoutSecretPaths } from './common/secret-paths';
import { MetricsModule } from './metrics/metrics.module';
import { MinutesModule } from './minutes/minutes.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OutboxModule } from './outbox/outbox.module';
import { RemindersModule } from './reminders/reminders.module';
import { UsersModule } from './users/users.module';

/** Values never written to the logs, wherever they appear. */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.currentPassword',
  '*.newPassword',
];

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
          serializers: {
            req: (request: { url?: string }) => {
              if (request.url) request.url = withoutSecretPaths(request.url);
              return request;
            },
          },
          // Fastify has already chosen the id (see bootstrap): reuse it.
          genReqId: (request) => (request as { id?: string }).id ?? 'unknown',
          customProps: () => ({ service: 'backend' }),
          autoLogging: { ignore: (request) => request.url?.startsWith('/api/health') ?? false },
        },
      }),
    }),
    ClsModule.forRoot({
      global: true,
      interceptor: { mount: true, generateId: true, idGenerator: (context) => String(context.switchToHttp().getRequest<{ id: string }>().id) },
    }),
    DatabaseModule,
    AuthCoreModule,
    AuthModule,
    UsersModule,
    OutboxModule,
    HealthModule,
    MetricsModule,
    AssociationsModule,
    EventsModule,
    MinutesModule,
    InvitationsModule,
    CalendarFeedModule,
    NotificationsModule,
    RemindersModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
})
export class AppModule {}
