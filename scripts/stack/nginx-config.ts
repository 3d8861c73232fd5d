/**
 * The one nginx configuration of Agora, rendered for the places nginx runs: the container image
 * (`compose.yaml`), the development compose file (Vite dev server behind nginx) and the native
 * stack (`npm start`, `npm run stack:up`, the edge tests). Every rule — headers, caching, limits,
 * what is exposed — is written once here, so the targets cannot drift apart.
 */

export interface NginxTls {
  /** `listen` argument of the HTTPS server, e.g. `8443` or `127.0.0.1:8443`. */
  listen: string;
  certificate: string;
  certificateKey: string;
}

export interface NginxOptions {
  /** `listen` argument of the HTTP server, e.g. `8080` or `127.0.0.1:8080`. */
  listen: string;
  /** With TLS the HTTP server only redirects to HTTPS, and HSTS is sent. */
  tls?: NginxTls;
  /** Backend replicas as `host:port`; nginx balances between them and keeps connections open. */
  backends: string[];
  /**
   * Docker's DNS server. When set, backend names are re-resolved while nginx runs (a replica that
   * restarts gets a new address) and the optional services are looked up per request, so nginx
   * starts even when a profile that provides them is off.
   */
  resolver?: string;
  /** `/`: a folder with the built front end, or the address of the Vite dev server. */
  frontend: { root: string } | { devServer: string };
  /**
   * `/mail/`: proxied to the mail catcher (demo setups), or redirected to where its UI runs. With
   * `userFile` (an htpasswd file) the proxied UI asks for a login: it shows every password-reset link.
   */
  mail?: { upstream: string; userFile?: string } | { redirectTo: string };
  /** `/monitoring/`: proxied to Grafana (monitoring profile). */
  monitoring?: { upstream: string };
  /**
   * Requests per minute per client address on `/api/auth/`, and the burst allowed above it. The
   * container image passes `${NAME}` placeholders that its start script fills from the environment.
   */
  authRateLimit: { perMinute: number | string; burst: number | string };
  /** Where nginx writes its pid, logs and temporary files. */
  paths: { pid: string; errorLog: string; accessLog: string; temp: string };
  mimeTypes: string;
  /**
   * Worker user when the master starts as root. The native stack runs workers as the user who
   * started it, so they can read the checkout and nothing else changes hands.
   */
  user?: string;
}

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Component libraries set `style` attributes at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Grafana and the mail catcher run their own inline scripts: they keep every header but the CSP. */
const TOOL_CONTENT_SECURITY_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

const HSTS = 'max-age=31536000; includeSubDomains';

function problem(status: number, slug: string, title: string, detail: string): string {
  const body = JSON.stringify({ type: `urn:agora:problem:${slug}`, title, status, detail });
  return `'${body.replace(/'/g, "\\'")}'`;
}

/**
 * Set on the server; nginx drops inherited `add_header`s in a block that sets its own, so the few
 * blocks that add a header repeat these.
 */
function securityHeaders(options: NginxOptions, csp = CONTENT_SECURITY_POLICY): string[] {
  const headers = [
    `add_header Content-Security-Policy "${csp}" always;`,
    'add_header X-Content-Type-Options "nosniff" always;',
    'add_header Referrer-Policy "strict-origin-when-cross-origin" always;',
    'add_header X-Frame-Options "DENY" always;',
    'add_header Permissions-Policy "camera=(), microphone=(), geolocation=()" always;',
  ];
  if (options.tls) headers.push(`add_header Strict-Transport-Security "${HSTS}" always;`);
  return headers;
}

function proxyHeaders(): string[] {
  return [
    'proxy_http_version 1.1;',
    'proxy_set_header Host $host;',
    'proxy_set_header X-Real-IP $remote_addr;',
    // The client's address only: a client-sent X-Forwarded-For is dropped, so it can never become
    // the backend's idea of the client (its rate-limit key).
    'proxy_set_header X-Forwarded-For $remote_addr;',
    'proxy_set_header X-Forwarded-Proto $scheme;',
    'proxy_set_header X-Forwarded-Host $host;',
    'proxy_set_header X-Request-Id $agora_request_id;',
  ];
}

/**
 * nginx's own errors (not the backend's, which pass through untouched) as problem+json, like every
 * other API answer: nginx status → the problem it answers with.
 */
const EDGE_PROBLEMS: Record<number, { status: number; slug: string; title: string; detail: string }> = {
  400: { status: 400, slug: 'bad-request', title: 'Bad request', detail: 'The request is malformed.' },
  405: { status: 405, slug: 'method-not-allowed', title: 'Method not allowed', detail: 'This method is not allowed here.' },
  408: { status: 408, slug: 'request-timeout', title: 'Request timeout', detail: 'The request took too long to arrive.' },
  411: { status: 411, slug: 'length-required', title: 'Length required', detail: 'The request body needs a length.' },
  414: { status: 414, slug: 'uri-too-long', title: 'URI too long', detail: 'The request URI is too long.' },
  // nginx's "request header too large"; a client sees 431.
  494: { status: 431, slug: 'request-header-fields-too-large', title: 'Request header fields too large', detail: 'The request headers are too large.' },
  500: { status: 500, slug: 'internal-error', title: 'Internal server error', detail: 'Something went wrong on our side.' },
  502: { status: 502, slug: 'bad-gateway', title: 'Service unavailable', detail: 'The service cannot be reached; try again shortly.' },
  503: { status: 503, slug: 'service-unavailable', title: 'Service unavailable', detail: 'The service cannot be reached; try again shortly.' },
  504: { status: 504, slug: 'gateway-timeout', title: 'Gateway timeout', detail: 'The service took too long to answer; try again shortly.' },
};

/** Internal-only locations that answer nginx's own errors. */
const EDGE_PROBLEM_PATH = '/_agora_edge_problem/';

/** Errors nginx raises before it knows the location (a malformed request line or header). */
const REQUEST_ERRORS = [400, 408, 411, 414, 494];

/**
 * `error_page` for the given statuses plus 413 and 429. A block that sets `error_page` inherits
 * none from the server, so each one lists every status it needs.
 */
function errorPages(statuses: number[]): string[] {
  return [
    // A URI, not a named location: nginx cannot redirect a request whose URI it failed to parse to
    // a named location (it answers 500 instead).
    ...statuses.map((status) => `error_page ${status} = ${EDGE_PROBLEM_PATH}${status};`),
    'error_page 413 = @too_large;',
    'error_page 429 = @too_many_requests;',
  ];
}

function block(header: string, lines: (string | string[])[], indent = '    '): string {
  const body = lines
    .flat()
    .flatMap((line) => line.split('\n'))
    .map((line) => (line ? `${indent}${line}` : ''))
    .join('\n');
  return `${header} {\n${body}\n}`;
}

function apiLocation(options: NginxOptions, path: string, extra: string[] = []): string {
  return block(`location ${path}`, [
    extra,
    errorPages(Object.keys(EDGE_PROBLEMS).map(Number)),
    'proxy_pass http://agora_backend;',
    proxyHeaders(),
    // Keep-alive to the upstream needs an empty Connection header.
    'proxy_set_header Connection "";',
    'proxy_connect_timeout 5s;',
    'proxy_send_timeout 30s;',
    'proxy_read_timeout 30s;',
    // Another replica is tried only when the first could not be reached; POSTs are never replayed.
    'proxy_next_upstream error timeout http_502 http_503;',
    'proxy_next_upstream_tries 2;',
  ]);
}

/** Proxies to an optional tool (mail catcher, Grafana), with WebSocket upgrades. */
function toolLocation(
  options: NginxOptions,
  path: string,
  upstream: string,
  notEnabled: string,
  userFile?: string,
): string {
  const pass = options.resolver
    ? [`set $agora_tool_upstream ${upstream};`, 'proxy_pass $agora_tool_upstream;']
    : [`proxy_pass ${upstream};`];
  return block(`location ${path}`, [
    // Checked before proxying, so it also covers the tool's WebSocket (which maildev's own login skips).
    userFile ? ['auth_basic "Agora mail catcher";', `auth_basic_user_file ${userFile};`] : [],
    pass,
    proxyHeaders(),
    // The tool has no use for the login nginx checked.
    userFile ? 'proxy_set_header Authorization "";' : [],
    'proxy_set_header Upgrade $http_upgrade;',
    'proxy_set_header Connection $agora_connection_upgrade;',
    'proxy_read_timeout 300s;',
    // The profile that provides the tool is off: say so instead of a bare 502.
    `error_page 502 503 504 = ${notEnabled};`,
    securityHeaders(options, TOOL_CONTENT_SECURITY_POLICY),
  ]);
}

function frontendLocations(options: NginxOptions): string[] {
  if ('devServer' in options.frontend) {
    return [
      block('location /', [
        `proxy_pass http://${options.frontend.devServer};`,
        proxyHeaders(),
        // Vite's hot module replacement talks over a WebSocket.
        'proxy_set_header Upgrade $http_upgrade;',
        'proxy_set_header Connection $agora_connection_upgrade;',
        'proxy_read_timeout 1h;',
        // The dev server injects inline scripts for hot reload, so no CSP here.
        securityHeaders(options, TOOL_CONTENT_SECURITY_POLICY),
      ]),
    ];
  }
  return [
    // Hashed file names change with their content: cache them for a year, never fall back.
    block('location /assets/', [
      'try_files $uri =404;',
      'add_header Cache-Control "public, max-age=31536000, immutable" always;',
      securityHeaders(options),
    ]),
    // index.html names the current hashed assets: browsers revalidate it on every load
    // (`expires -1` sends `Cache-Control: no-cache`).
    block('location = /index.html', ['expires -1;']),
    // Client-side routes (/associations/42) are answered by the single-page app.
    block('location /', ['try_files $uri $uri/ /index.html;', 'expires -1;']),
  ];
}

function serverBody(options: NginxOptions): string[] {
  const notEnabled = (slug: string, what: string) =>
    block(`location @${slug}`, [
      'default_type application/problem+json;',
      `return 404 ${problem(404, 'not-found', 'Not found', what)};`,
    ]);

  const locations: string[] = [];
  if ('root' in options.frontend) {
    locations.push(`root ${options.frontend.root};`, 'index index.html;');
  }
  locations.push(
    ...frontendLocations(options),
    apiLocation(options, '/api/'),
    apiLocation(options, '/api/auth/', [
      'limit_req zone=agora_auth burst=' + options.authRateLimit.burst + ' nodelay;',
      'limit_req_status 429;',
    ]),
    // Prometheus scrapes each service on the internal network; the edge never serves metrics.
    block('location ~ ^/(api/)?metrics(/|$)', [
      'default_type application/problem+json;',
      `return 404 ${problem(404, 'not-found', 'Not found', 'No such resource.')};`,
    ]),
  );
  if (options.mail && 'upstream' in options.mail) {
    locations.push(
      toolLocation(
        options,
        '/mail/',
        options.mail.upstream,
        '@mail_not_enabled',
        options.mail.userFile,
      ),
    );
  } else if (options.mail) {
    locations.push(block('location /mail/', [`return 302 ${options.mail.redirectTo};`]));
  } else {
    locations.push(block('location /mail/', ['return 404;']));
  }
  if (options.monitoring) {
    locations.push(
      toolLocation(options, '/monitoring/', options.monitoring.upstream, '@monitoring_not_enabled'),
    );
  } else {
    locations.push(block('location /monitoring/', ['return 404;']));
  }
  locations.push(
    notEnabled('mail_not_enabled', 'The mail catcher runs only in the demo profile.'),
    notEnabled('monitoring_not_enabled', 'Grafana runs only in the monitoring profile.'),
    block('location @too_many_requests', [
      'default_type application/problem+json;',
      'add_header Retry-After 60 always;',
      'add_header X-Request-Id $agora_request_id always;',
      `return 429 ${problem(429, 'too-many-requests', 'Too many requests', 'Too many attempts from your address; try again in a minute.')};`,
      securityHeaders(options),
    ]),
    ...Object.entries(EDGE_PROBLEMS).map(([code, { status, slug, title, detail }]) =>
      block(`location = ${EDGE_PROBLEM_PATH}${code}`, [
        'internal;',
        'default_type application/problem+json;',
        'add_header X-Request-Id $agora_request_id always;',
        `return ${status} ${problem(status, slug, title, detail)};`,
        securityHeaders(options),
      ]),
    ),
    block('location @too_large', [
      'default_type application/problem+json;',
      'add_header X-Request-Id $agora_request_id always;',
      `return 413 ${problem(413, 'payload-too-large', 'Payload too large', 'The request body exceeds 1 MB.')};`,
      securityHeaders(options),
    ]),
  );
  return [
    securityHeaders(options).join('\n'),
    // A request nginx cannot parse has no location yet: it is answered as a problem wherever it
    // was going.
    errorPages(REQUEST_ERRORS).join('\n'),
    ...locations,
  ];
}

function upstreamBlock(options: NginxOptions): string {
  const servers = options.backends.map(
    (backend) =>
      `server ${backend}${options.resolver ? ' resolve' : ''} max_fails=3 fail_timeout=5s;`,
  );
  return block('upstream agora_backend', [
    // A shared zone is what lets nginx re-resolve the replicas' addresses at run time.
    options.resolver ? 'zone agora_backend 64k;' : [],
    'least_conn;',
    servers,
    'keepalive 32;',
    'keepalive_timeout 60s;',
  ]);
}

export function renderNginxConfig(options: NginxOptions): string {
  const http: (string | string[])[] = [
    `include ${options.mimeTypes};`,
    'default_type application/octet-stream;',
    `access_log ${options.paths.accessLog} agora;`,
    'server_tokens off;',
    'sendfile on;',
    'tcp_nopush on;',
    '',
    'client_max_body_size 1m;',
    // Bodies up to the limit stay in memory; responses are never spooled to disk.
    'client_body_buffer_size 1m;',
    'proxy_max_temp_file_size 0;',
    'client_header_timeout 10s;',
    'client_body_timeout 10s;',
    'send_timeout 30s;',
    'keepalive_timeout 65s;',
    '',
    'gzip on;',
    'gzip_vary on;',
    'gzip_proxied any;',
    'gzip_comp_level 5;',
    'gzip_min_length 1024;',
    'gzip_types text/plain text/css text/javascript application/javascript application/json application/problem+json application/manifest+json image/svg+xml;',
    '',
    `client_body_temp_path ${options.paths.temp}/client_body;`,
    `proxy_temp_path ${options.paths.temp}/proxy;`,
    `fastcgi_temp_path ${options.paths.temp}/fastcgi;`,
    `uwsgi_temp_path ${options.paths.temp}/uwsgi;`,
    `scgi_temp_path ${options.paths.temp}/scgi;`,
    '',
    options.resolver
      ? [`resolver ${options.resolver} valid=10s ipv6=off;`, 'resolver_timeout 5s;', '']
      : [],
    // A request id from the client is kept (the backend checks its shape); otherwise nginx makes one.
    block('map $http_x_request_id $agora_request_id', [
      'default $http_x_request_id;',
      '"" $request_id;',
    ]),
    block('map $http_upgrade $agora_connection_upgrade', ['default upgrade;', '"" close;']),
    block('map $request_uri $agora_logged_uri', [
      'default $request_uri;',
      '~^/api/(?<agora_secret_route>calendar|unsubscribe)/ /api/$agora_secret_route/[redacted];',
    ]),
    '',
    `limit_req_zone $binary_remote_addr zone=agora_auth:10m rate=${options.authRateLimit.perMinute}r/m;`,
    'limit_req_log_level warn;',
    '',
    upstreamBlock(options),
    '',
  ];

  if (options.tls) {
    http.push(
      block('server', [
        `listen ${options.tls.listen} ssl;`,
        `ssl_certificate ${options.tls.certificate};`,
        `ssl_certificate_key ${options.tls.certificateKey};`,
        'ssl_protocols TLSv1.2 TLSv1.3;',
        'ssl_session_cache shared:agora_tls:10m;',
        'ssl_session_timeout 1d;',
        serverBody(options),
      ]),
      '',
      block('server', [
        `listen ${options.listen};`,
        block('location /', ['return 301 https://$host$request_uri;']),
      ]),
    );
  } else {
    http.push(block('server', [`listen ${options.listen};`, serverBody(options)]));
  }

  return [
    '# Generated by scripts/stack/nginx-config.ts — edit that file, not this one.',
    options.user ? `user ${options.user};` : '',
    'worker_processes auto;',
    `pid ${options.paths.pid};`,
    `error_log ${options.paths.errorLog} warn;`,
    '',
    block('events', ['worker_connections 4096;']),
    '',
    block('http', [
      // The request line without the secret a calendar feed or an unsubscribe link carries in its path.
      'log_format agora \'$remote_addr - [$time_local] "$request_method $agora_logged_uri $server_protocol" $status $body_bytes_sent \'',
      '                  \'$request_time $upstream_response_time $upstream_addr "$http_user_agent" $agora_request_id\';',
      ...http,
    ]),
    '',
  ]
    .filter((line, index, lines) => !(line === '' && lines[index - 1] === ''))
    .join('\n');
}
