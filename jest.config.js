const fs = require('node:fs');
const path = require('node:path');

/**
 * Jest (on Node 20) cannot `require` ES modules, and more and more dependencies ship only those.
 * Every package that declares `"type": "module"` is therefore compiled to CommonJS by SWC like
 * our own sources; the list is read from node_modules so a new dependency needs no edit here.
 * @fastify/cookie is CommonJS but loads `cookie` with a dynamic import, which SWC rewrites.
 */
function packagesToCompile() {
  const names = ['@fastify/cookie'];
  const scan = (dir, scope = '') => {
    for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
      const full = path.join(dir, name);
      if (!scope && name.startsWith('@')) {
        scan(full, `${name}/`);
        continue;
      }
      try {
        const manifest = JSON.parse(fs.readFileSync(path.join(full, 'package.json'), 'utf8'));
        if (manifest.type === 'module') names.push(scope + name);
      } catch {
        // not a package folder
      }
    }
  };
  scan(path.join(__dirname, 'node_modules'));
  return names.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
}

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs', ignoreDynamic: false },
    sourceMaps: 'inline',
  },
];

/** @type {import('jest').Config} */
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.(ts|js|mjs|cjs)$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${packagesToCompile().join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^@app/contracts(.*)$': '<rootDir>/libs/contracts/src$1',
    '^@app/calendar(.*)$': '<rootDir>/libs/calendar/src$1',
    '^@app/messaging(.*)$': '<rootDir>/libs/messaging/src$1',
  },
};

module.exports = {
  // A guard against hangs, not a performance check: argon2 and real services are slow on a busy
  // 2-core machine.
  testTimeout: 30_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/*/src/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'static',
      testMatch: ['<rootDir>/tests/**/*.spec.ts'],
      // kubernetes-models (the Kubernetes schemas as validators) exports its files to `import`
      // only; Jest requires them (compiled by SWC like every ES module package), so the paths are
      // spelled out here.
      moduleNameMapper: {
        ...shared.moduleNameMapper,
        '^@kubernetes-models/(base|validate)$': '<rootDir>/node_modules/@kubernetes-models/$1/dist/index.js',
        '^@kubernetes-models/validate/runtime/(.+)$': '<rootDir>/node_modules/@kubernetes-models/validate/dist/runtime/$1.js',
        '^(kubernetes-models|@kubernetes-models/apimachinery)/(.+?)(\\.js)?$': '<rootDir>/node_modules/$1/$2.js',
      },
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/apps/*/test/**/*.int-spec.ts', '<rootDir>/tests/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/apps/backend/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/apps/backend/test/support/global-teardown.ts',
      // Jest reads `testTimeout` only at the top level; a project sets its own in a setup file.
      setupFilesAfterEnv: ['<rootDir>/apps/backend/test/support/integration-timeout.ts'],
    },
  ],
};
