import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp, createFastifyAdapter } from '../../src/bootstrap';
import { AppConfig } from '../../src/config/app-config';
import { createTestDatabase, databaseUrl, dropDatabase } from './databases';

export interface HttpResponse<T = any> {
  status: number;
  headers: Headers;
  /** Parsed JSON when the response is JSON, otherwise the text. */
  body: T;
}

export interface RequestOptions {
  /** A value to send as JSON, or a string to send as is. */
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
}

/**
 * The backend, booted on a database of its own and listening on a random local port, exercised
 * over real HTTP. Nothing in it is mocked.
 */
export class TestApp {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly baseUrl: string,
    readonly config: AppConfig,
    readonly databaseName: string,
    private readonly ownsDatabase: boolean,
  ) {}

  /**
   * `databaseName` boots another process of the same deployment on the database of an app
   * already started (several replicas, or a restart); that database stays when this one closes.
   */
  static async start(
    env: Record<string, string> = {},
    { databaseName: shared }: { databaseName?: string } = {},
  ): Promise<TestApp> {
    const databaseName = shared ?? (await createTestDatabase());
    const config = AppConfig.fromEnvironment({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      OUTBOX_RELAY_ENABLED: 'false',
      REMINDERS_ENABLED: 'false',
      APP_URL: 'http://agora.test',
      ...env,
      DATABASE_URL: databaseUrl(databaseName),
    });
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
      .overrideProvider(AppConfig)
      .useValue(config)
      .compile();
    const app = moduleRef.createNestApplication<NestFastifyApplication>(
      createFastifyAdapter(config),
      { logger: false },
    );
    await configureApp(app);
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    return new TestApp(app, `http://127.0.0.1:${address.port}`, config, databaseName, !shared);
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  get<T>(token: new (...args: any[]) => T): T {
    return this.app.get(token);
  }

  async request<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<HttpResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    const isJson = /json/.test(response.headers.get('content-type') ?? '');
    return { status: response.status, headers: response.headers, body: isJson && text ? JSON.parse(text) : text };
  }

  async close(): Promise<void> {
    await this.app.close();
    if (this.ownsDatabase) await dropDatabase(this.databaseName);
  }
}
