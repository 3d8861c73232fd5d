import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: CallFrame; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /**
   * Time by activity: each sample goes to the activity of the nearest frame on its stack that
   * belongs to one (a syscall made by the pg client counts as "PostgreSQL client").
   */
  byActivity: Array<{ activity: string; ms: number; share: number }>;
  /** Self time by where the code comes from: a package, our bundle, Node itself, GC, idle. */
  byOrigin: Array<{ origin: string; ms: number; share: number }>;
  /** The functions that spent the most time themselves (not in what they called). */
  topFunctions: Array<{ name: string; origin: string; ms: number; share: number }>;
}

function originOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (functionName === '(idle)') return 'idle';
    if (functionName === '(program)') return 'V8/native (program)';
    return `native: ${functionName || '(anonymous)'}`;
  }
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  if (url.startsWith('node:')) return 'node internals';
  if (/dist\/apps\/backend\/main\.js$/.test(url)) return 'agora backend (bundle)';
  return url.replace(/^file:\/\//, '');
}

const ACTIVITIES: Array<[string, RegExp]> = [
  ['JWT verification', /node_modules\/(jsonwebtoken|jws|jwa|@nestjs\/jwt)\//],
  ['request logging (pino)', /node_modules\/(pino|pino-http|nestjs-pino|pino-std-serializers|sonic-boom|thread-stream)\//],
  ['validation and transformation', /node_modules\/(class-validator|class-transformer|validator|zod)\//],
  ['PostgreSQL client (pg, TypeORM)', /node_modules\/(pg|pg-protocol|pg-pool|pg-types|typeorm)\//],
  ['metrics (prom-client)', /node_modules\/(prom-client|@willsoto\/nestjs-prometheus)\//],
  ['Nest pipeline (core, rxjs, cls, middleware)', /node_modules\/(@nestjs\/core|@nestjs\/common|@nestjs\/platform-fastify|@nestjs\/throttler|rxjs|nestjs-cls|@fastify\/middie)\//],
  ['HTTP server (fastify)', /node_modules\/(fastify|@fastify\/[^/]+|find-my-way|avvio|light-my-request|fast-json-stringify)\//],
  ['agora code', /dist\/apps\/backend\/main\.js$|apps\/backend\/src\//],
];

function activityOf(nodeId: number, frames: Map<number, CallFrame>, parents: Map<number, number>): string {
  const leaf = frames.get(nodeId);
  if (leaf && !leaf.url) {
    if (leaf.functionName === '(garbage collector)') return 'garbage collection';
    if (leaf.functionName === '(idle)') return 'idle (waiting for I/O)';
  }
  for (let id: number | undefined = nodeId; id !== undefined; id = parents.get(id)) {
    const frame = frames.get(id);
    if (!frame?.url) continue;
    for (const [activity, pattern] of ACTIVITIES) if (pattern.test(frame.url)) return activity;
  }
  return 'other (Node internals, timers, module loading)';
}

/** Self time per origin and per function, from a `node --cpu-prof` file. */
export function summarizeProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const byActivity = new Map<string, number>();
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, { origin: string; us: number }>();
  let total = 0;
  profile.samples.forEach((nodeId, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    const frame = frames.get(nodeId);
    if (!frame) return;
    total += delta;
    const activity = activityOf(nodeId, frames, parents);
    byActivity.set(activity, (byActivity.get(activity) ?? 0) + delta);
    const origin = originOf(frame);
    byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + delta);
    const name = `${frame.functionName || '(anonymous)'} ${frame.url ? `${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}` : ''}`.trim();
    const entry = byFunction.get(name) ?? { origin, us: 0 };
    entry.us += delta;
    byFunction.set(name, entry);
  });
  const ms = (us: number) => Math.round(us / 100) / 10;
  const share = (us: number) => Math.round((us / Math.max(1, total)) * 1000) / 10;
  return {
    totalMs: ms(total),
    byActivity: [...byActivity.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([activity, us]) => ({ activity, ms: ms(us), share: share(us) })),
    byOrigin: [...byOrigin.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([origin, us]) => ({ origin, ms: ms(us), share: share(us) })),
    topFunctions: [...byFunction.entries()]
      .sort((a, b) => b[1].us - a[1].us)
      .slice(0, top)
      .map(([name, { origin, us }]) => ({ name, origin, ms: ms(us), share: share(us) })),
  };
}

export function profileMarkdown(summary: ProfileSummary, originRows = 15): string {
  const lines = ['| activity (nearest frame on the stack) | ms | % |', '|---|---:|---:|'];
  for (const row of summary.byActivity) lines.push(`| ${row.activity} | ${row.ms} | ${row.share} |`);
  lines.push('', '| where (self time) | ms | % |', '|---|---:|---:|');
  for (const row of summary.byOrigin.slice(0, originRows)) lines.push(`| ${row.origin} | ${row.ms} | ${row.share} |`);
  lines.push('', '| function (self time) | from | ms | % |', '|---|---|---:|---:|');
  for (const row of summary.topFunctions) lines.push(`| \`${row.name}\` | ${row.origin} | ${row.ms} | ${row.share} |`);
  return lines.join('\n');
}
