import { termsFrom } from '../../bench/lib/fixtures';
import { BenchResults, markdownTable, scenarioResult, MeasuredRun, TARGETS } from '../../bench/lib/report';
import { PEER_ROUTES, peerPath } from '../../bench/reference/peer-routes';

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
const MEMBERS = 'GET /api/associations/:id/members';
const openLoop = (p99: number) => ({ ratePerSecond: 300, app: run(300, p99), raw: run(300, p99 / 2) });

describe('bench report: targets of a scenario row', () => {
  it('meets every target at 60 % of raw, p99 25 ms at half capacity, no error and 300 MB', () => {
    const row = scenarioResult('members', MEMBERS, run(600, 90, 0, 300), run(1000, 10), staticNginx, { openLoop: openLoop(25) });
    expect(row.ratioToRaw).toBe(TARGETS.minRatioToRaw);
    expect(row.ratioToStatic).toBe(0.03);
    expect(row.missedTargets).toEqual([]);
  });

  it('names each missed target with the measured value', () => {
    const row = scenarioResult('members', MEMBERS, run(590, 90, 3, 301), run(1000, 10), staticNginx, { openLoop: openLoop(26) });
    expect(row.missedTargets).toEqual([
      'req/s 0.59 of raw (< 0.6)',
      'p99 26 ms at half capacity (> 25)',
      '3 errors',
      'RSS 301 MB (> 300)',
    ]);
  });

  it('judges latency at half capacity only: with every connection busy it is connections ÷ throughput', () => {
    expect(scenarioResult('members', MEMBERS, run(600, 400), run(1000, 10), staticNginx).missedTargets).toEqual([]);
  });

  it('compares the backend with the original one when a peer was measured', () => {
    const row = scenarioResult('members', MEMBERS, run(900, 60), run(1000, 10), staticNginx, {
      peer: { path: '/associations/a1/members', run: run(300, 150) },
    });
    expect(row.peer).toEqual({ path: '/associations/a1/members', run: run(300, 150), appRatio: 3 });
  });
});

describe('bench report: the markdown table', () => {
  const results = {
    mode: 'smoke',
    startedAt: '2026-11-29T20:00:00.000Z',
    machine: { cpus: 2, cpuModel: 'test cpu', loadAverage: { atStart: 1, atEnd: 2 } },
    setup: { connections: 50, loginConnections: 8, durationSeconds: 20, warmupSeconds: 3, openLoop: { requests: 20 } },
    data: { users: 40, associations: 12, memberships: 100, events: 36 },
    references: { staticNginx, argon2: { hashesPerSecond: 10 } },
    scenarios: [
      scenarioResult('members', MEMBERS, run(600, 90, 0, 200), run(1000, 10), staticNginx, {
        openLoop: { ratePerSecond: 300, app: run(300, 12), raw: run(300, 8) },
        peer: { path: '/associations/a1/members', run: run(200, 150) },
      }),
      scenarioResult('my-events', 'GET /api/me/events', run(500, 90), run(1000, 10), staticNginx),
    ],
    login: { app: run(10, 900), loginsPerHash: 1, missedTargets: [] },
    mailer: { ran: false, reason: 'skipped (BENCH_MAILER=skip)' },
    outboxLag: { ran: false, reason: 'no admin of an association in the data' },
  } as unknown as BenchResults;
  const table = markdownTable(results).split('\n');
  const cells = (line: string) => line.split('|').slice(1, -1).map((value) => value.trim());

  it('has as many cells on every row as there are columns', () => {
    const rows = table.filter((line) => line.startsWith('|'));
    expect(rows).toHaveLength(2 + 2 + 2);
    for (const row of rows) expect(cells(row)).toHaveLength(cells(rows[0]).length);
  });

  it('shows the latency at half capacity on both sides and the peer next to each route', () => {
    const header = cells(table[0]);
    const members = Object.fromEntries(cells(table[2]).map((value, index) => [header[index], value]));
    expect(members).toMatchObject({
      '½ capacity req/s': '300',
      'p50 ms at ½': '6',
      'p99 ms at ½': '12',
      'raw p99 ms at ½': '8',
      'peer req/s': '200',
      'app ÷ peer': '3',
      targets: 'met',
    });
    const myEvents = Object.fromEntries(cells(table[3]).map((value, index) => [header[index], value]));
    expect(myEvents).toMatchObject({ '½ capacity req/s': '–', 'peer req/s': '–' });
  });

  it('says how long the open-loop runs were and that no peer was measured', () => {
    expect(table.join('\n')).toContain('for 20 requests on each side');
    expect(table.join('\n')).toContain('Peer: not measured (no BENCH_PEER_URL)');
  });
});

describe('bench peer routes', () => {
  it('translates an Agora request into the original backend\'s route, under the peer URL\'s path', () => {
    expect(peerPath('members', '/api/associations/a1/members?pageSize=20', 'http://127.0.0.1:3100/api/')).toBe(
      '/api/associations/a1/members',
    );
    expect(peerPath('associations-page', '/api/associations?page=7&pageSize=20', 'http://127.0.0.1:3100')).toBe('/associations');
  });

  it('has no route for a scenario the original cannot answer', () => {
    expect(Object.keys(PEER_ROUTES)).not.toContain('my-events');
    expect(peerPath('my-events', '/api/me/events', 'http://127.0.0.1:3100')).toBeUndefined();
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
