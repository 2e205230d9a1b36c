#!/usr/bin/env node
import { interruptedExitCode } from './interrupt.js';
import { exitCodeForError } from './program.js';
import { runCli } from './run-cli.js';

// A rejection or exception nothing awaited (a library's stray promise) is a bug: one line and
// exit 4, never Node's default exit 1, which would read as "failing findings". While an
// interrupted run unwinds, aborted calls may reject unobserved: the exit stays 130 / 143.
const crash = (err: unknown): never => process.exit(interruptedExitCode() ?? exitCodeForError(err));
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

// Sets process.exitCode and returns, never process.exit(): pending writes finish first.
process.exitCode = await runCli(process.argv.slice(2));
