import { Counter, Histogram, Registry } from 'prom-client';
import { AccountMetrics, EventMetrics, OutboxMetrics } from './domain-metrics';

describe('domain metrics', () => {
  let registry: Registry;
  const counter = (name: string, labelNames: string[] = []) =>
    new Counter({ name, help: name, labelNames, registers: [registry] });
  const valueOf = async (name: string, labels: Record<string, string> = {}) =>
    (await registry.getSingleMetric(name)!.get()).values.find((entry) =>
      Object.entries(labels).every(([key, value]) => String(entry.labels[key]) === value),
    )?.value;

  beforeEach(() => {
    registry = new Registry();
  });

  it('account counters start at zero for every outcome and count each one', async () => {
    const sut = new AccountMetrics(
      counter('registrations', ['outcome']),
      counter('verifications', ['outcome']),
      counter('logins', ['outcome']),
    );

    expect(await valueOf('logins', { outcome: 'unverified' })).toBe(0);
    sut.login('invalid_credentials');
    sut.login('invalid_credentials');
    sut.registration('existing_email');
    sut.verification('used');
    sut.verification('expired');
    sut.verification('unknown');

    expect(await valueOf('logins', { outcome: 'invalid_credentials' })).toBe(2);
    expect(await valueOf('logins', { outcome: 'success' })).toBe(0);
    expect(await valueOf('registrations', { outcome: 'existing_email' })).toBe(1);
    expect(await valueOf('verifications', { outcome: 'already_used' })).toBe(1);
    expect(await valueOf('verifications', { outcome: 'invalid' })).toBe(2);
    expect(await valueOf('verifications', { outcome: 'verified' })).toBe(0);
  });

  it('counts created events', async () => {
    const sut = new EventMetrics(counter('events'));

    expect(await valueOf('events')).toBe(0);
    sut.eventCreated();
    expect(await valueOf('events')).toBe(1);
  });

  it('counts published rows by routing key and observes the lag since the message occurred', async () => {
    const lag = new Histogram({ name: 'lag', help: 'lag', buckets: [1, 5], registers: [registry] });
    const sut = new OutboxMetrics(
      counter('published', ['routing_key']),
      counter('failed', ['routing_key']),
      lag,
    );

    sut.published(
      'event.created',
      new Date('2030-01-01T10:00:00Z'),
      new Date('2030-01-01T10:00:03Z'),
    );
    sut.failed('event.updated');
    sut.published('event.created', new Date('not a date'));

    expect(await valueOf('published', { routing_key: 'event.created' })).toBe(2);
    expect(await valueOf('published', { routing_key: 'event.cancelled' })).toBe(0);
    expect(await valueOf('failed', { routing_key: 'event.updated' })).toBe(1);
    expect(await valueOf('lag', { le: '1' })).toBe(0);
    expect(await valueOf('lag', { le: '5' })).toBe(1);
  });
});
