// Two projects: `unit` (*.spec.ts, no I/O) and `integration` (*.int-spec.ts and *.e2e-spec.ts against the real
// PostgreSQL, Redis and Kafka, started once per run by a global setup). SWC transpiles; `npm run typecheck`
// type-checks once, outside jest.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false }, target: 'es2022', keepClassNames: true }, module: { type: 'commonjs' }, sourceMaps: 'inline' }];

// jose 6 ships only ES modules: jest (CommonJS here) gets it transpiled like the workspace's own code. Node itself
// loads it with require() (Node 20.19+ requires ES modules), so the services need nothing.
const swcJs = ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }];

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc, '/node_modules/jose/.+\\.js$': swcJs },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.var/'],
  // Workspace libraries are symlinked into node_modules; their real paths are outside it, so they are transformed.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
};

module.exports = {
  // Global options: per-project values are ignored.
  testTimeout: 60_000,
  // `--shard K/N` keeps the whole-platform suites together (tools/test/shard-sequencer.js).
  testSequencer: '<rootDir>/tools/test/shard-sequencer.js',
  // A test file's modules (a whole Nest app with its Kafka clients) are not all freed after it, so one process
  // running file after file grows by ~80 MB a file, and its garbage collections slow everything in it (heartbeats
  // included). A worker past this after a file is replaced; with a limit jest never runs in band, even with one worker.
  workerIdleMemoryLimit: '800MB',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,tools,test}/**/*.{int,e2e}-spec.ts'],
      globalSetup: '<rootDir>/tools/test/global-setup.ts',
      globalTeardown: '<rootDir>/tools/test/global-teardown.ts',
      setupFiles: ['<rootDir>/libs/platform/testing/src/setup-env.ts'],
      slowTestThreshold: 20,
    },
  ],
};
