import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

/** Resident set size of a process in bytes, or undefined once it has exited. */
export function rssBytes(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Samples the RSS of `pids` every `intervalMs` until stopped; answers the peak of their sum and
 * the peak of the largest one, in MB (the native stack runs two backend replicas).
 */
export function sampleRss(pids: number[], intervalMs = 100): { stop: () => { totalMb?: number; perProcessMb?: number } } {
  let peakTotal: number | undefined;
  let peakProcess: number | undefined;
  const sample = () => {
    const values = pids.map(rssBytes).filter((value): value is number => value !== undefined);
    if (values.length === 0) return;
    peakTotal = Math.max(peakTotal ?? 0, values.reduce((sum, value) => sum + value, 0));
    peakProcess = Math.max(peakProcess ?? 0, ...values);
  };
  const mb = (bytes: number | undefined) => (bytes === undefined ? undefined : Math.round((bytes / 1024 / 1024) * 10) / 10);
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { totalMb: mb(peakTotal), perProcessMb: mb(peakProcess) };
    },
  };
}

/** Socket inodes of the TCP sockets listening on `port` (IPv4 and IPv6), from /proc/net. */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let lines: string[];
    try {
      lines = readFileSync(table, 'utf8').split('\n').slice(1);
    } catch {
      continue;
    }
    for (const line of lines) {
      const fields = line.trim().split(/\s+/);
      // local_address is ADDR:PORT, st 0A is LISTEN, the inode is field 9.
      if (fields.length > 9 && fields[1].endsWith(`:${hexPort}`) && fields[3] === '0A') inodes.add(fields[9]);
    }
  }
  return inodes;
}

/** The processes that listen on `port`: how the harness finds the backend the stack started. */
export function pidsListeningOn(port: number): number[] {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return [];
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${entry}/fd/${fd}`);
      } catch {
        continue;
      }
      const match = /^socket:\[(\d+)\]$/.exec(target);
      if (match && inodes.has(match[1])) {
        pids.push(Number(entry));
        break;
      }
    }
  }
  return pids;
}
