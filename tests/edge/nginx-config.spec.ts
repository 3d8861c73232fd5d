import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderNginxConfig } from '../../scripts/stack/nginx-config';
import { testNginxConfig, writeNativeNginxConfig } from '../../scripts/stack/nginx-process';
import {
  CONTAINER_MAIL_USER_FILE,
  GENERATED_DIR,
  generatedConfigs,
  nativeOptions,
} from '../../scripts/stack/nginx-targets';

describe('nginx configuration', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'agora-nginx-config-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has its committed container configurations in step with the renderer (npx ts-node --swc scripts/stack/render-nginx.ts)', () => {
    for (const [name, content] of Object.entries(generatedConfigs())) {
      expect(`${name}:\n${readFileSync(join(GENERATED_DIR, name), 'utf8')}`).toBe(
        `${name}:\n${content}`,
      );
    }
  });

  it('tells the backend only the client address it saw, never one the client sent', () => {
    for (const [name, content] of Object.entries(generatedConfigs())) {
      expect(`${name}: ${content.includes('$proxy_add_x_forwarded_for')}`).toBe(`${name}: false`);
      expect(content).toContain('proxy_set_header X-Forwarded-For $remote_addr;');
    }
  });

  it('logs the request line without the secret of a calendar feed or an unsubscribe link', () => {
    for (const [name, content] of Object.entries(generatedConfigs())) {
      const format = /log_format agora ([^;]*);/s.exec(content)![1];
      expect(`${name}: ${/\$request\b(?!_)/.test(format)}`).toBe(`${name}: false`);
      expect(format).toContain('"$request_method $agora_logged_uri $server_protocol"');
      // The map's pattern, run as nginx runs it on $request_uri (PCRE and JavaScript agree here).
      const [, pattern, value] = /map \$request_uri \$agora_logged_uri \{[^}]*?~(\S+) (\S+);/.exec(content)!;
      const logged = (uri: string) => {
        const match = new RegExp(pattern).exec(uri);
        return match ? value.replace(/\$(\w+)/g, (_, group: string) => match.groups![group]) : uri;
      };
      expect(logged('/api/calendar/s3cr3t.ics')).toBe('/api/calendar/[redacted]');
      expect(logged('/api/unsubscribe/s3cr3t?x=1')).toBe('/api/unsubscribe/[redacted]');
      expect(logged('/api/events/1/ics')).toBe('/api/events/1/ics');
    }
  });

  it('answers every error of its own as problem+json, from internal-only locations', () => {
    for (const content of Object.values(generatedConfigs())) {
      for (const [, status, target] of content.matchAll(/error_page (\d+) = (\S+);/g)) {
        expect(`${status} ${target}`).toMatch(/^\d+ (\/_agora_edge_problem\/\d+|@too_large|@too_many_requests)$/);
      }
      for (const [location] of content.matchAll(/location = \/_agora_edge_problem\/\d+ \{[^}]*\}/g)) {
        expect(location).toContain('internal;');
        expect(location).toContain('default_type application/problem+json;');
      }
      expect(content).toContain('error_page 400 = /_agora_edge_problem/400;');
      expect(content).toContain('error_page 502 = /_agora_edge_problem/502;');
    }
  });

  it('leaves only the placeholders that the container start script fills in', () => {
    const startScript = readFileSync(join(GENERATED_DIR, '..', 'start.sh'), 'utf8');
    for (const content of Object.values(generatedConfigs())) {
      for (const [placeholder] of content.matchAll(/\$\{[A-Z_]+\}/g)) {
        expect(startScript).toContain(placeholder);
      }
    }
  });

  it('serves HTTPS with HSTS when certificates are given, redirecting plain HTTP (nginx -t passes)', () => {
    const certificate = join(dir, 'fullchain.pem');
    const certificateKey = join(dir, 'privkey.pem');
    const openssl = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-keyout',
        certificateKey,
        '-out',
        certificate,
      ],
      { encoding: 'utf8' },
    );
    expect(openssl.status).toBe(0);
    const native = {
      dir,
      port: 8080,
      backendPorts: [3001, 3002],
      frontendRoot: dir,
      tls: { port: 8443, certificate, certificateKey },
    };
    writeNativeNginxConfig(native);
    const verdict = testNginxConfig(dir);
    expect(verdict.output).toContain('test is successful');

    const config = renderNginxConfig(nativeOptions(native));
    expect(config).toContain('listen 127.0.0.1:8443 ssl;');
    expect(config).toContain(
      'add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;',
    );
    expect(config).toContain('return 301 https://$host$request_uri;');
  });

  it('asks for a login at /mail/ in the container images, and nowhere else', () => {
    const configs = generatedConfigs();
    for (const name of ['container.conf', 'container-tls.conf']) {
      const mail = /location \/mail\/ \{[^}]*\}/.exec(configs[name])?.[0] ?? '';
      expect(mail).toContain('auth_basic "Agora mail catcher";');
      expect(mail).toContain('auth_basic_user_file /tmp/nginx/mail-ui.htpasswd;');
      // `return` answers before nginx checks the login.
      expect(mail).not.toMatch(/\breturn /);
      // Nothing else is behind that login: the app must stay reachable.
      expect(configs[name].match(/auth_basic /g)).toHaveLength(1);
    }
    // compose-dev publishes the mail catcher on 127.0.0.1:1080 without a login anyway.
    expect(configs['dev.conf']).not.toContain('auth_basic');
  });

  describe('container start script (nginx/start.sh)', () => {
    const realNginx = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
    let runtime: string;
    let userFile: string;

    beforeEach(() => {
      runtime = mkdtempSync(join(dir, 'start-'));
      userFile = join(runtime, 'mail-ui.htpasswd');
      mkdirSync(join(runtime, 'temp'));
      mkdirSync(join(runtime, 'bin'));
      // Stands in for nginx: checks what start.sh hands over with the real `nginx -t`.
      writeFileSync(
        join(runtime, 'bin', 'nginx'),
        `#!/bin/sh
env > "${runtime}/env"
exec ${realNginx} -p "${runtime}" -e "${runtime}/error.log" -t -c "$2"
`,
      );
      chmodSync(join(runtime, 'bin', 'nginx'), 0o755);
    });

    const start = (withLogin: boolean, environment: Record<string, string>) => {
      const native = nativeOptions({ dir: runtime, port: 8080, backendPorts: [3001], frontendRoot: runtime });
      const template = join(runtime, 'template.conf');
      writeFileSync(
        template,
        renderNginxConfig({
          ...native,
          mail: { upstream: 'http://127.0.0.1:1080', userFile: withLogin ? userFile : undefined },
        }),
      );
      return spawnSync('sh', [join(GENERATED_DIR, '..', 'start.sh')], {
        encoding: 'utf8',
        env: {
          PATH: `${join(runtime, 'bin')}:${process.env.PATH}`,
          AGORA_NGINX_CONFIG: template,
          AGORA_NGINX_RUNTIME_DIR: runtime,
          ...environment,
        },
      });
    };

    it('refuses to start without the mail catcher login', () => {
      const started = start(true, { MAIL_UI_USER: 'agora' });
      expect(started.status).toBe(1);
      expect(started.stderr).toContain('MAIL_UI_PASSWORD');
      expect(existsSync(userFile)).toBe(false);
      expect(start(true, { MAIL_UI_USER: 'a:b', MAIL_UI_PASSWORD: 'secret' }).status).toBe(1);
    });

    it('writes the login for nginx alone and keeps the password out of nginx\'s environment (nginx -t passes)', () => {
      const started = start(true, { MAIL_UI_USER: 'agora', MAIL_UI_PASSWORD: 'a long $ecret' });
      expect(`${started.stdout}${started.stderr}`).toContain('test is successful');
      expect(started.status).toBe(0);
      expect(readFileSync(userFile, 'utf8')).toBe('agora:{PLAIN}a long $ecret\n');
      expect(statSync(userFile).mode & 0o777).toBe(0o600);
      expect(readFileSync(join(runtime, 'env'), 'utf8')).not.toContain('MAIL_UI_');
    });

    /** start.sh on the committed container configuration; returns its run and what it wrote. */
    const startContainer = (environment: Record<string, string>) => {
      const template = join(runtime, 'container.conf');
      writeFileSync(template, generatedConfigs()['container.conf'].replace(CONTAINER_MAIL_USER_FILE, userFile));
      const started = spawnSync('sh', [join(GENERATED_DIR, '..', 'start.sh')], {
        encoding: 'utf8',
        env: {
          PATH: `${join(runtime, 'bin')}:${process.env.PATH}`,
          AGORA_NGINX_CONFIG: template,
          AGORA_NGINX_RUNTIME_DIR: runtime,
          MAIL_UI_USER: 'agora',
          MAIL_UI_PASSWORD: 'secret',
          ...environment,
        },
      });
      return { started, config: readFileSync(join(runtime, 'nginx.conf'), 'utf8') };
    };

    it('points the container configuration at the DNS server and names it is given (compose, Kubernetes)', () => {
      writeFileSync(join(runtime, 'bin', 'nginx'), '#!/bin/sh\nexit 0\n');
      const run = (environment: Record<string, string>) => {
        const { started, config } = startContainer(environment);
        expect(started.stderr).toBe('');
        return config;
      };
      const cluster = run({ NGINX_RESOLVER: '10.96.0.10', NGINX_DNS_SUFFIX: '.agora.svc.cluster.local' });
      expect(cluster).toContain('resolver 10.96.0.10 valid=10s');
      expect(cluster).toContain('server backend.agora.svc.cluster.local:3000 resolve');
      expect(cluster).toContain('http://maildev.agora.svc.cluster.local:1080;');
      // Unset: the container's own DNS server (Docker's 127.0.0.11 under compose) and short names.
      const nameserver = /^nameserver\s+(\S+)/m.exec(readFileSync('/etc/resolv.conf', 'utf8'))?.[1] ?? '127.0.0.11';
      const compose = run({});
      expect(compose).toContain(`resolver ${nameserver.includes(':') ? `[${nameserver}]` : nameserver} valid=10s`);
      expect(compose).toContain('server backend:3000 resolve');
      expect(compose).not.toMatch(/\$\{[A-Z_]+\}/);
    });

    it.each([
      ['1.22.1', 'server backend:3000 max_fails=3'],
      ['1.27.2', 'server backend:3000 max_fails=3'],
      ['1.27.3', 'server backend:3000 resolve max_fails=3'],
      ['1.29.0', 'server backend:3000 resolve max_fails=3'],
    ])('keeps `resolve` only where nginx has it (nginx %s)', (version, server) => {
      writeFileSync(
        join(runtime, 'bin', 'nginx'),
        `#!/bin/sh\n[ "$1" = -v ] && echo "nginx version: nginx/${version}" >&2\nexit 0\n`,
      );
      const { started, config } = startContainer({});
      expect(started.status).toBe(0);
      expect(config).toContain(server);
    });

    it('needs no login when the configuration asks for none (compose-dev)', () => {
      const started = start(false, {});
      expect(started.status).toBe(0);
      expect(existsSync(userFile)).toBe(false);
    });
  });

  it('sends no HSTS without TLS', () => {
    const config = renderNginxConfig(
      nativeOptions({ dir, port: 8080, backendPorts: [3001], frontendRoot: dir }),
    );
    expect(config).not.toContain('Strict-Transport-Security');
    expect(config).toContain('client_max_body_size 1m;');
  });
});
