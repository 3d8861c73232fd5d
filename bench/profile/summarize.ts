import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: CallFrame }>;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
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

/** Self time per origin and per function, from a `node --cpu-prof` file. */
export function summarizeProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, { origin: string; us: number }>();
  let total = 0;
  profile.samples.forEach((nodeId, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    const frame = frames.get(nodeId);
    if (!frame) return;
    total += delta;
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
  const lines = ['| where (self time) | ms | % |', '|---|---:|---:|'];
  for (const row of summary.byOrigin.slice(0, originRows)) lines.push(`| ${row.origin} | ${row.ms} | ${row.share} |`);
  lines.push('', '| function (self time) | from | ms | % |', '|---|---|---:|---:|');
  for (const row of summary.topFunctions) lines.push(`| \`${row.name}\` | ${row.origin} | ${row.ms} | ${row.share} |`);
  return lines.join('\n');
}
