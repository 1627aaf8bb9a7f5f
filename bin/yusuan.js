#!/usr/bin/env node
// The installed command. Runs the compiled CLI (built by `npm install` through the prepare script).
import { main } from '../dist/cli/main.js';

await main(process.argv);
