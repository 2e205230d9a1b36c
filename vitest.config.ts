import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Test files that each get a fresh process (vitest's default isolation). Everything else shares
 * its worker's module cache across files (`isolate: false`): most files import the same catalog,
 * engine and reporters, and loading those again for each of ~400 files was most of the suite's
 * CPU time (issue 21). A file belongs here when it changes process-wide state that it does not
 * put back (signal handlers, a process-wide cap) or measures the process itself (memory,
 * modules loaded). The variables some shared files set at load (METADATA_SERVER_DETECTION=none,
 * the AWS SDK's Node-version warning off) only keep a run hermetic, so they may outlive the file.
 */
const OWN_PROCESS = [
  // Hostile input, signals, resource caps: the suite that must not see another file's state.
  'test/adversarial/**/*.test.ts',
  // npm pack / install into a scratch project.
  'test/package/**/*.test.ts',
];

export default defineConfig({
  test: {
    restoreMocks: true,
    // Every scratch directory of the run lives under one root that is removed at the end.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Processes, not threads: in-process CLI runs (test/helpers/cli.ts) change directory, which a worker thread cannot.
    pool: 'forks',
    // Imports its JSON schemas without import attributes, which only a bundler accepts: let Vite transform it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...OWN_PROCESS], isolate: false } },
      { extends: true, test: { name: 'own-process', include: OWN_PROCESS } },
    ],
  },
});
