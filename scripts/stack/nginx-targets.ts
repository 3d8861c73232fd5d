import { join } from 'node:path';
import { NginxOptions, renderNginxConfig } from './nginx-config';

/** Where the generated container configurations are committed (the image copies them). */
export const GENERATED_DIR = join(__dirname, '..', '..', 'nginx', 'generated');

const CONTAINER_PATHS = {
  pid: '/tmp/nginx/nginx.pid',
  errorLog: '/dev/stderr',
  accessLog: '/dev/stdout',
  temp: '/tmp/nginx',
};

/** Written by nginx/start.sh from MAIL_UI_USER and MAIL_UI_PASSWORD when the container starts. */
export const CONTAINER_MAIL_USER_FILE = `${CONTAINER_PATHS.temp}/mail-ui.htpasswd`;

const DNS_SUFFIX = '${NGINX_DNS_SUFFIX}';

/** nginx in `compose.yaml`: unprivileged, so it listens on 8080/8443 inside the container. */
export function containerOptions(tls: boolean): NginxOptions {
  return {
    listen: '8080',
    tls: tls
      ? {
          listen: '8443',
          certificate: '/etc/nginx/certs/fullchain.pem',
          certificateKey: '/etc/nginx/certs/privkey.pem',
        }
      : undefined,
    // Filled in by nginx/start.sh: compose's DNS and short names, or a cluster's DNS and full names.
    backends: [`backend${DNS_SUFFIX}:3000`],
    resolver: '${NGINX_RESOLVER}',
    frontend: { root: '/usr/share/nginx/html' },
    mail: { upstream: `http://maildev${DNS_SUFFIX}:1080`, userFile: CONTAINER_MAIL_USER_FILE },
    monitoring: { upstream: `http://grafana${DNS_SUFFIX}:3000` },
    authRateLimit: { perMinute: '${NGINX_AUTH_RATE_PER_MINUTE}', burst: '${NGINX_AUTH_BURST}' },
    paths: CONTAINER_PATHS,
    mimeTypes: '/etc/nginx/mime.types',
  };
}

/** nginx in `compose-dev.yaml`: `/` is the Vite dev server with hot reload. */
export function devOptions(): NginxOptions {
  return {
    ...containerOptions(false),
    frontend: { devServer: 'frontend:5173' },
    // The development mail catcher is published on 127.0.0.1:1080 without a login anyway.
    mail: { upstream: 'http://maildev:1080' },
  };
}

export interface NativeNginx {
  /** Folder that holds the configuration, pid, logs and temporary files. */
  dir: string;
  port: number;
  backendPorts: number[];
  frontendRoot: string;
  /** The mail catcher's UI, when it runs. */
  mailUrl?: string;
  authRateLimit?: { perMinute: number; burst: number };
  tls?: { port: number; certificate: string; certificateKey: string };
}

/** nginx on this machine, for `npm start`, `npm run stack:up` and the edge tests. */
export function nativeOptions(native: NativeNginx): NginxOptions {
  return {
    listen: `127.0.0.1:${native.port}`,
    tls: native.tls && {
      listen: `127.0.0.1:${native.tls.port}`,
      certificate: native.tls.certificate,
      certificateKey: native.tls.certificateKey,
    },
    backends: native.backendPorts.map((port) => `127.0.0.1:${port}`),
    frontend: { root: native.frontendRoot },
    mail: native.mailUrl ? { redirectTo: native.mailUrl } : undefined,
    authRateLimit: native.authRateLimit ?? { perMinute: 60, burst: 30 },
    paths: {
      pid: join(native.dir, 'nginx.pid'),
      errorLog: join(native.dir, 'error.log'),
      accessLog: join(native.dir, 'access.log'),
      temp: join(native.dir, 'temp'),
    },
    mimeTypes: '/etc/nginx/mime.types',
    // Run as root (CI), the workers keep root so they can read a checkout anywhere; on loopback only.
    user: process.getuid?.() === 0 ? 'root' : undefined,
  };
}

/** The committed container configurations, by file name. */
export function generatedConfigs(): Record<string, string> {
  return {
    'container.conf': renderNginxConfig(containerOptions(false)),
    'container-tls.conf': renderNginxConfig(containerOptions(true)),
    'dev.conf': renderNginxConfig(devOptions()),
  };
}
