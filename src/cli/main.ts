#!/usr/bin/env node
import { main } from './program.js';

// Sets process.exitCode and returns, never process.exit(): pending writes finish first.
process.exitCode = await main(process.argv.slice(2));
