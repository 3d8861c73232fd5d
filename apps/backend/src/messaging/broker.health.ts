import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '../config/app-config';
import { BrokerService } from './broker.service';

/** Readiness of the broker for `/api/health/ready`. */
@Injectable()
export class BrokerHealthIndicator {
  constructor(
    private readonly config: AppConfig,
    private readonly broker: BrokerService,
    private readonly indicators: HealthIndicatorService,
  ) {}

  check(key = 'broker') {
    const indicator = this.indicators.check(key);
    // An instance that does not relay never talks to the broker, so its state is not ours to report.
    if (!this.config.outboxRelayEnabled) return indicator.up({ relay: 'disabled' });
    return this.broker.isReady()
      ? indicator.up()
      : indicator.down({ message: 'The message broker is not reachable; mail is delayed, not lost' });
  }
}
