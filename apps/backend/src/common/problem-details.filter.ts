import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, ProblemDocument, ProblemException, problemType } from './problem';

const SLUG_BY_STATUS: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  409: 'conflict',
  410: 'gone',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'unprocessable-content',
  429: 'too-many-requests',
  500: 'internal-error',
  503: 'service-unavailable',
};

const TITLE_BY_STATUS: Record<number, string> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Request body too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

function genericProblem(status: number, detail: string): ProblemDocument {
  return {
    type: problemType(SLUG_BY_STATUS[status] ?? `http-${status}`),
    title: TITLE_BY_STATUS[status] ?? 'Request failed',
    status,
    detail,
  };
}

function detailOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  if (typeof message === 'string') return message;
  return exception.message;
}

/**
 * Turns anything thrown while handling a request into `application/problem+json`. Our own code
 * throws the problems of its feature (`<feature>-problems.ts`); what the framework raises (the
 * validation pipe, unknown routes, Fastify's parser) gets the generic problem of its status.
 * Anything else, database errors included, is a bug of ours: logged in full, answered 500
 * without any internals. A constraint violation the code expects is turned into a problem where
 * the write happens (see `violatesConstraint`), never here.
 */
export function toProblem(exception: unknown, logger: Logger): ProblemDocument {
  if (exception instanceof ProblemException) {
    return {
      type: problemType(exception.slug),
      title: exception.title,
      status: exception.getStatus(),
      detail: exception.detail,
      ...exception.extensions,
    };
  }
  if (exception instanceof HttpException) {
    return genericProblem(exception.getStatus(), detailOf(exception));
  }
  // Fastify's own errors (malformed JSON, body too large, wrong content type) carry a 4xx status.
  const fastifyStatus = (exception as { statusCode?: unknown } | null)?.statusCode;
  if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
    return genericProblem(fastifyStatus, (exception as Error).message);
  }
  logger.error(exception instanceof Error ? exception.stack : String(exception));
  return genericProblem(HttpStatus.INTERNAL_SERVER_ERROR, 'Something went wrong on our side.');
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: ProblemDocument,
): void {
  const body: ProblemDocument = {
    ...problem,
    instance: request.url.split('?')[0],
    correlationId: String(request.id),
  };
  void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    if (exception instanceof ProblemException) {
      for (const [name, value] of Object.entries(exception.headers)) void reply.header(name, value);
    }
    sendProblem(request, reply, toProblem(exception, this.logger));
  }
}
