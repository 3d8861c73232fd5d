import { RateLimit } from './rate-limit';

describe('RateLimit (inbound replies)', () => {
  it("lets a minute's worth through at once, then one more per 60/n seconds", () => {
    let now = 0;
    const sut = new RateLimit(3, () => now);

    expect([sut.take(), sut.take(), sut.take(), sut.take()]).toEqual([true, true, true, false]);
    now += 19_999;
    expect(sut.take()).toBe(false);
    now += 1;
    expect([sut.take(), sut.take()]).toEqual([true, false]);
    // Idle time never saves up more than a minute's worth.
    now += 3_600_000;
    expect([sut.take(), sut.take(), sut.take(), sut.take()]).toEqual([true, true, true, false]);
  });
});
