import { retryDelayMs } from './outbox-relay.service';

describe('outbox retry delay', () => {
  it('doubles from one second and stops at five minutes', () => {
    expect([0, 1, 2, 3].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(9)).toBe(300_000);
    expect(retryDelayMs(1000)).toBe(300_000);
  });
});
