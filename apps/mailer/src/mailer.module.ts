import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { MailerMetricsModule } from './metrics/mailer-metrics.module';
import { MailerConfig } from './config/mailer-config';
import { MailerConfigModule } from './config/config.module';
import { MailConsumer } from './consumer/mail-consumer';
import { MailerDatabaseModule } from './database/database.module';
import { DeliveriesRepository } from './deliveries/deliveries.repository';
import { DeliverMessage } from './delivery/deliver-message';
import { InboundReplies } from './replies/inbound-replies';
import { ReplyAddresses } from './replies/reply-address';
import { ReplyPublisher } from './replies/reply-publisher';
import { ReportRelay } from './reports/report-relay';
import { SmtpTransport } from './smtp/smtp-transport';

@Module({})
export class MailerModule {
  static forRoot(config?: MailerConfig): DynamicModule {
    return {
      module: MailerModule,
      imports: [
        MailerConfigModule.forRoot(config),
        LoggerModule.forRootAsync({
          inject: [MailerConfig],
          useFactory: (config: MailerConfig) => ({
            pinoHttp: { level: config.logLevel, customProps: () => ({ service: 'mailer' }) },
          }),
        }),
        MailerDatabaseModule,
        MailerMetricsModule.forRootAsync({
          inject: [MailerConfig],
          useFactory: (config: MailerConfig) => config.metrics,
        }),
      ],
      providers: [
        DeliveriesRepository,
        SmtpTransport,
        DeliverMessage,
        ReportRelay,
        MailConsumer,
        {
          provide: ReplyAddresses,
          inject: [MailerConfig],
          useFactory: (config: MailerConfig) => new ReplyAddresses(config.replies),
        },
        ReplyPublisher,
        InboundReplies,
      ],
    };
  }
}
