#!/usr/bin/env node
// Runs the CLI straight from the TypeScript sources: no build step.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
