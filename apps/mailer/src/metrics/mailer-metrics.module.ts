import {
  DynamicModule,
  Inject,
  Injectable,
  Module,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import { MailerMetrics } from './mailer-metrics';
import { MetricsServer, startMetricsServer } from './metrics-server';

export interface MailerMetricsOptions {
  /** Port of the `/metrics` HTTP server; 0 picks a free one. */
  port: number;
  host: string;
}

const OPTIONS = Symbol('MailerMetricsOptions');

/** Serves the mailer's metrics over HTTP for as long as the application runs. */
@Injectable()
export class MailerMetricsServer implements OnModuleInit, OnApplicationShutdown {
  private server?: MetricsServer;

  constructor(
    private readonly metrics: MailerMetrics,
    @Inject(OPTIONS) private readonly options: MailerMetricsOptions,
  ) {}

  get port(): number | undefined {
    return this.server?.port;
  }

  async onModuleInit(): Promise<void> {
    this.server = await startMetricsServer({ registry: this.metrics.registry, ...this.options });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.server?.close();
  }
}

/**
 * `MailerMetricsModule.forRootAsync({ inject: [MailerConfig], useFactory: (c) => ({ port, host }) })`
 * in the mailer's root module; then inject `MailerMetrics` where messages are handled.
 */
@Module({})
export class MailerMetricsModule {
  static forRootAsync(options: {
    imports?: DynamicModule['imports'];
    inject?: unknown[];
    useFactory: (...args: never[]) => MailerMetricsOptions | Promise<MailerMetricsOptions>;
  }): DynamicModule {
    return {
      module: MailerMetricsModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        {
          provide: OPTIONS,
          inject: (options.inject ?? []) as never[],
          useFactory: options.useFactory,
        },
        { provide: MailerMetrics, useFactory: () => new MailerMetrics() },
        MailerMetricsServer,
      ],
      exports: [MailerMetrics, MailerMetricsServer],
    };
  }
}
