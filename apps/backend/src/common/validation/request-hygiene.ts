import { Transform } from 'node:stream';
import { Logger } from '@nestjs/common';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem, toProblem } from '../problem-details.filter';
import { FieldError, ValidationProblem } from '../problem';

const NUL = '\u0000';
const NO_NUL = 'must not contain NUL characters';
const BAD_ENCODING = 'must be valid percent-encoded UTF-8';

/** Decodes one query-string component the way a form does; undefined when it is not valid UTF-8. */
function decodedComponent(component: string): string | undefined {
  try {
    return decodeURIComponent(component.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** What is wrong with the raw URL: broken percent-encoding or UTF-8, or a NUL anywhere. */
function urlErrors(url: string): FieldError[] {
  const mark = url.indexOf('?');
  const path = mark < 0 ? url : url.slice(0, mark);
  const query = mark < 0 ? '' : url.slice(mark + 1);
  const errors: FieldError[] = [];
  const decodedPath = decodedComponent(path.replace(/\+/g, '%2B'));
  if (decodedPath === undefined) errors.push({ field: '(path)', message: BAD_ENCODING });
  else if (decodedPath.includes(NUL)) errors.push({ field: '(path)', message: NO_NUL });
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const separator = pair.indexOf('=');
    const rawName = separator < 0 ? pair : pair.slice(0, separator);
    const name = decodedComponent(rawName);
    const field = name === undefined || name.includes(NUL) ? '(query)' : name;
    for (const component of separator < 0 ? [pair] : [rawName, pair.slice(separator + 1)]) {
      const decoded = decodedComponent(component);
      if (decoded === undefined) errors.push({ field, message: BAD_ENCODING });
      else if (decoded.includes(NUL)) errors.push({ field, message: NO_NUL });
    }
  }
  return errors;
}

/** Every string in the parsed body that holds a NUL, by its path; iterative, so depth is no risk. */
function nulFieldsOf(body: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const pending: Array<[string, unknown]> = [['', body]];
  while (pending.length > 0) {
    const [path, value] = pending.pop()!;
    if (typeof value === 'string') {
      if (value.includes(NUL)) errors.push({ field: path || '(body)', message: NO_NUL });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const childPath = path ? `${path}.${key}` : key;
        if (key.includes(NUL)) errors.push({ field: '(body)', message: NO_NUL });
        else pending.push([childPath, child]);
      }
    }
  }
  return errors.reverse();
}

const logger = new Logger('Errors');

/**
 * Fastify's router refuses a path it cannot decode before any hook runs; answer that as a
 * problem too (passed as the adapter's `frameworkErrors`).
 */
export function frameworkErrorAsProblem(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  sendProblem(request, reply, toProblem(error, logger));
}

/**
 * One rule for every route, whatever its DTO: PostgreSQL text cannot hold U+0000 and nothing we
 * store is meant to be anything but UTF-8, so a NUL or broken UTF-8 anywhere in the path, the
 * query string or a JSON body is a 400 problem, never a database error.
 */
export function registerRequestHygiene(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request) => {
    const errors = urlErrors(request.raw.url ?? '');
    if (errors.length > 0) throw new ValidationProblem(errors);
  });

  // Bodies are checked as they stream in: Fastify's parser would turn broken UTF-8 into U+FFFD.
  fastify.addHook('preParsing', async (request, _reply, payload) => {
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) return payload;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const invalid = () => new ValidationProblem([{ field: '(body)', message: 'must be valid UTF-8' }]);
    return payload.pipe(
      new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          try {
            decoder.decode(chunk, { stream: true });
            callback(null, chunk);
          } catch {
            callback(invalid());
          }
        },
        flush(callback) {
          try {
            decoder.decode();
            callback();
          } catch {
            callback(invalid());
          }
        },
      }),
    );
  });

  fastify.addHook('preValidation', async (request) => {
    const errors = nulFieldsOf(request.body);
    if (errors.length > 0) throw new ValidationProblem(errors);
  });
}
