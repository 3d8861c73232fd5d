import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { PrometheusController } from '@willsoto/nestjs-prometheus';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth-user';

/**
 * `GET /metrics` (outside the `/api` prefix) for Prometheus. It carries no secrets and no
 * per-user data; nginx does not route it, so only the internal network reaches it.
 */
@ApiExcludeController()
@Public()
@SkipThrottle()
@Controller()
export class MetricsController extends PrometheusController {
  @Get()
  override index(@Res({ passthrough: true }) response: FastifyReply): Promise<string> {
    return super.index(response);
  }
}
