/**
 * Helm without a download: the npm package @aws-cdk/asset-kubectl-v20 ships Helm's Linux x64 binary
 * (v3.8.1) inside a zip; it is unpacked once into .artifacts/tools and reused. `helm template` needs
 * no cluster, which is all the chart's tests ask of it.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { ASSET_FILE } from '@aws-cdk/asset-kubectl-v20';

const ROOT = join(__dirname, '..', '..');
export const CHART_DIR = join(ROOT, 'deploy', 'agora');

/** One file of a zip archive, found through its central directory. */
export function unzipEntry(archive: Buffer, name: string): Buffer {
  const endOfDirectory = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) throw new Error('not a zip archive');
  const entries = archive.readUInt16LE(endOfDirectory + 10);
  let at = archive.readUInt32LE(endOfDirectory + 16);
  for (let i = 0; i < entries; i++) {
    const method = archive.readUInt16LE(at + 10);
    const compressedSize = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const localHeader = archive.readUInt32LE(at + 42);
    if (archive.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const dataStart =
        localHeader +
        30 +
        archive.readUInt16LE(localHeader + 26) +
        archive.readUInt16LE(localHeader + 28);
      const data = archive.subarray(dataStart, dataStart + compressedSize);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data);
      throw new Error(`${name}: unsupported zip method ${method}`);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${name} is not in the archive`);
}

/** The path of the Helm binary, unpacked on first use. */
export function helmBinary(): string {
  const version = (
    JSON.parse(
      readFileSync(require.resolve('@aws-cdk/asset-kubectl-v20/package.json'), 'utf8'),
    ) as { version: string }
  ).version;
  const dir = join(ROOT, '.artifacts', 'tools');
  const binary = join(dir, `helm-asset-kubectl-v20-${version}`);
  if (!existsSync(binary)) {
    mkdirSync(dir, { recursive: true });
    // Written aside and renamed: parallel test workers never run a half-written binary.
    const partial = `${binary}.${process.pid}`;
    writeFileSync(partial, unzipEntry(readFileSync(ASSET_FILE), 'helm/helm'));
    chmodSync(partial, 0o755);
    renameSync(partial, binary);
  }
  return binary;
}

export interface Rendered {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `helm template` of the chart with the given values files and `--set` pairs. */
export function helmTemplate(args: {
  values?: string[];
  set?: string[];
  namespace?: string;
}): Rendered {
  const run = spawnSync(
    helmBinary(),
    [
      'template',
      'agora',
      CHART_DIR,
      '--namespace',
      args.namespace ?? 'agora',
      ...(args.values ?? []).flatMap((file) => ['--values', file]),
      ...(args.set ?? []).flatMap((pair) => ['--set', pair]),
    ],
    // Helm keeps caches and its config under HOME; nothing of the user's is read.
    {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: join(ROOT, '.artifacts', 'tools', 'helm-home') },
    },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
