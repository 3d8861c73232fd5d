/**
 * The framework-free reference: `node:http` and `pg` answering the read routes with the same SQL
 * as the backend (see route-queries.ts), and JSON.stringify. No validation library, no DI, no
 * guards, no logging: the caller's id comes in the `x-bench-user-id` header instead of a JWT.
 * Started by the harness as a child process; prints `{"port":…}` once it listens.
 */
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { Pool } from 'pg';
import 'reflect-metadata';
import { NotFound, PageQuery, RouteQueries } from './route-queries';

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
});
const queries = new RouteQueries(pool);

function pageQuery(params: URLSearchParams): PageQuery {
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? 20);
  const q = params.get('q')?.trim() || undefined;
  return { page: page >= 1 ? Math.floor(page) : 1, pageSize: Math.min(100, Math.max(1, Math.floor(pageSize))), q };
}

async function route(request: IncomingMessage): Promise<unknown> {
  const url = new URL(request.url ?? '/', 'http://reference');
  const userId = String(request.headers['x-bench-user-id'] ?? '');
  const parts = url.pathname.split('/').filter(Boolean);
  if (request.method !== 'GET' || parts[0] !== 'api') throw new NotFound();
  const query = pageQuery(url.searchParams);
  if (parts[1] === 'associations' && parts.length === 2) return queries.listAssociations(query);
  if (parts[1] === 'associations' && parts.length === 3) return queries.getAssociation(userId, parts[2]);
  if (parts[1] === 'associations' && parts[3] === 'members' && parts.length === 4) {
    return queries.listMembers(userId, parts[2], query);
  }
  if (parts[1] === 'me' && parts[2] === 'events' && parts.length === 3) return queries.listMyEvents(userId, query);
  if (parts[1] === 'users' && parts.length === 2) return queries.userDirectory(userId, query);
  throw new NotFound();
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  response.end(json);
}

const server = createServer((request, response) => {
  route(request).then(
    (body) => send(response, 200, body),
    (error: unknown) => {
      // The backend's access check throws Nest's HTTP exceptions, which carry their status.
      const status = error instanceof NotFound ? 404 : (error as { getStatus?: () => number }).getStatus?.() ?? 500;
      send(response, status, { status, detail: String(error) });
    },
  );
});
server.keepAliveTimeout = 65_000;

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address() as { port: number };
  process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
});

const stop = () => {
  server.close();
  void pool.end().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
