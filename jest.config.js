/**
 * Four projects: backend and domain tests in Node; page tests in jsdom with miniprogram-simulate;
 * browser journeys (the preview in Debian's Chromium via playwright-core; skipped without it);
 * automator journeys (miniprogram-automator against the preview's endpoint, or DevTools).
 * TypeScript is transpiled by swc here; `npm test` type-checks with tsc before jest runs.
 */
const transform = {
  '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2020' }, module: { type: 'commonjs' } }],
};

/**
 * Handler and page tests run whole systems (a seeded store, real handlers, the official compiler);
 * on a loaded 2-core machine one can take several seconds, so a test gets 30 s before it fails.
 */
const testTimeout = 30_000;

module.exports = {
  testTimeout,
  projects: [
    {
      displayName: 'node',
      testTimeout,
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/{unit,integration}/**/*.test.ts'],
      moduleFileExtensions: ['ts', 'js', 'json'],
    },
    {
      displayName: 'pages',
      testTimeout,
      testEnvironment: 'jsdom',
      transform,
      testMatch: ['<rootDir>/tests/pages/**/*.test.ts'],
      moduleFileExtensions: ['ts', 'js', 'json'],
      setupFiles: ['<rootDir>/tests/pages/setup/globals.ts'],
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      moduleFileExtensions: ['ts', 'js', 'json'],
      globalSetup: '<rootDir>/tests/browser/support/global-setup.ts',
    },
    {
      displayName: 'automator',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/automator/**/*.test.ts'],
      moduleFileExtensions: ['ts', 'js', 'json'],
      globalSetup: '<rootDir>/tests/automator/support/global-setup.ts',
    },
  ],
};
