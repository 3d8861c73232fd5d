import { termsFrom } from '../../bench/lib/fixtures';
import { scenarioResult, MeasuredRun, TARGETS } from '../../bench/lib/report';

function run(perSecond: number, p99: number, errors = 0, peakRssMb?: number): MeasuredRun {
  return {
    connections: 50,
    durationSeconds: 20,
    requests: { total: perSecond * 20, perSecond },
    latencyMs: { p50: p99 / 2, p90: p99 * 0.8, p99, max: p99 * 2 },
    errors: { total: errors, connection: 0, timeouts: 0, non2xx: errors },
    statusCodes: { '200': perSecond * 20 - errors },
    peakRssMb,
  };
}

const staticNginx = run(20_000, 3);

describe('bench report: targets of a scenario row', () => {
  it('meets every target at 60 % of raw, p99 25 ms, no error and 300 MB', () => {
    const row = scenarioResult('members', 'GET /api/associations/:id/members', run(600, 25, 0, 300), run(1000, 10), staticNginx);
    expect(row.ratioToRaw).toBe(TARGETS.minRatioToRaw);
    expect(row.ratioToStatic).toBe(0.03);
    expect(row.missedTargets).toEqual([]);
  });

  it('names each missed target with the measured value', () => {
    const row = scenarioResult('members', 'GET /api/associations/:id/members', run(590, 26, 3, 301), run(1000, 10), staticNginx);
    expect(row.missedTargets).toEqual([
      'req/s 0.59 of raw (< 0.6)',
      'p99 26 ms (> 25)',
      '3 errors',
      'RSS 301 MB (> 300)',
    ]);
  });
});

describe('bench search terms', () => {
  it('take the distinctive last word of a name, or the first three letters when it is short', () => {
    expect(termsFrom(['Bench association 4711', 'Anne Dubois', 'Chess club 7', 'Chess club 8'])).toEqual([
      '4711',
      'dubois',
      'che',
    ]);
  });
});
