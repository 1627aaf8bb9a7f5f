// Runs the yusuan CLI from source (through tsx) for the browser tests: `tsx run-cli.ts serve …`.
import { main } from '../../../src/cli/main.js';

await main(process.argv);
