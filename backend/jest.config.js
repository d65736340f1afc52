/** Backend tests sit beside the code they prove (`*.spec.ts`). Each suite boots what it needs. */
module.exports = {
  rootDir: 'src',
  testRegex: '.*\\.spec\\.ts$',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/../tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testEnvironment: 'node',
  // Suites boot whole apps against one database; on MySQL they must not interleave.
  maxWorkers: process.env.DATABASE_URL ? 1 : 2,
  testTimeout: 30000,
};
