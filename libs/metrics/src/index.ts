export * from './mailer-metrics';
export * from './mailer-metrics.module';
export * from './metrics-server';
export * from './prometheus-config';
