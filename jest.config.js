/** @type {import('jest').Config} */
// linkedom's CommonJS build (and the server's feed plugin) requires a few ESM-only packages; Node 20 loads them natively but
// jest does not, so swc compiles those for the tests.
const esmOnly = ['feed', 'css-', 'cssom', 'dom', 'entities', 'htmlparser2', 'boolbase', 'nth-check', 'html-escaper', 'uhyphen'];
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j|mj)sx?$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})[^/]*/)`],
  testTimeout: 60000,
  globalSetup: '<rootDir>/tests/global-setup.js',
};
