import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    restoreMocks: true,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Imports its JSON schemas without import attributes, which only a bundler accepts: let Vite transform it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
