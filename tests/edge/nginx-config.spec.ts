import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderNginxConfig } from '../../scripts/stack/nginx-config';
import { testNginxConfig, writeNativeNginxConfig } from '../../scripts/stack/nginx-process';
import { GENERATED_DIR, generatedConfigs, nativeOptions } from '../../scripts/stack/nginx-targets';

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

  it('sends no HSTS without TLS', () => {
    const config = renderNginxConfig(
      nativeOptions({ dir, port: 8080, backendPorts: [3001], frontendRoot: dir }),
    );
    expect(config).not.toContain('Strict-Transport-Security');
    expect(config).toContain('client_max_body_size 1m;');
  });
});
