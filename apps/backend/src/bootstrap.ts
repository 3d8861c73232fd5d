import fastifyCookie from '@fastify/cookie';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import {
  frameworkErrorAsProblem,
  registerRequestHygiene,
} from './common/validation/request-hygiene';
import { createValidationPipe } from './common/validation/validation-pipe';
import { requestIdOf } from './common/request-id';
import { AppConfig } from './config/app-config';

/** Requests larger than this are refused with 413 (nginx enforces the same limit). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export function createFastifyAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.http.trustProxy,
    genReqId: requestIdOf,
    requestIdHeader: false,
    logger: false,
    frameworkErrors: frameworkErrorAsProblem,
  });
}

/** Everything the app needs beyond its modules; shared by `main.ts` and the tests. */
export async function configureApp(app: NestFastifyApplication): Promise<void> {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api', { exclude: ['metrics'] });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  registerRequestHygiene(fastify);
  await app.register(fastifyCookie);
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  if (config.openApiEnabled) {
    const document = SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Agora API')
        .setDescription('Associations, members, minutes and events. Errors are application/problem+json (RFC 9457).')
        .setVersion('1.0')
        .addBearerAuth()
        .addCookieAuth('refresh_token')
        .build(),
    );
    SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  }
}

export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    createFastifyAdapter(config),
    { bufferLogs: true },
  );
  await configureApp(app);
  return app;
}
