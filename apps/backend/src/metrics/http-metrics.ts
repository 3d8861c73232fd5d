import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Histogram } from 'prom-client';

export const HTTP_DURATION_METRIC = 'agora_http_request_duration_seconds';
export const HTTP_DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The route label of requests that matched no route: one value, whatever the URL was. */
export const UNMATCHED_ROUTE = 'unmatched';

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** The labels of one finished request. Route templates only, never raw URLs (cardinality). */
export function requestLabels(request: FastifyRequest, reply: FastifyReply) {
  return {
    method: KNOWN_METHODS.has(request.method) ? request.method : 'OTHER',
    route: request.routeOptions.url ?? UNMATCHED_ROUTE,
    status: String(reply.statusCode),
  };
}

/**
 * Times every HTTP request in a Fastify `onResponse` hook rather than a Nest interceptor, so that
 * what never reaches a controller is counted too: unknown routes (404), requests refused by a
 * guard (401/403) and errors Fastify raises before routing (bad JSON, body too large).
 */
@Injectable()
export class HttpMetrics implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @InjectMetric(HTTP_DURATION_METRIC)
    private readonly duration: Histogram<'method' | 'route' | 'status'>,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    // Absent when the module runs without an HTTP server (a standalone application context).
    if (!fastify?.addHook) return;
    fastify.addHook('onResponse', async (request, reply) => {
      if (request.routeOptions.url === '/metrics') return;
      this.duration.observe(requestLabels(request, reply), reply.elapsedTime / 1000);
    });
  }
}
