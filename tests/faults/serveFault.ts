// `node --import tsx tests/faults/serveFault.ts <fault>`: serves the emulator with one catalogued
// fault injected, on a free loopback port until interrupted, so the real command can be pointed at
// it (PRELUDE_BASE_URL=<printed url> API_TOKEN=emulator-token PRELUDE_APP_ID=54e9ujn
// PRELUDE_DISABLED_APP_ID=fvua38g npm run conformance) and its findings seen as a user sees them.
import { startFaultyServer } from '../_support/faultyServer.ts';
import { FAULT_CATALOGUE } from './faultCatalogue.ts';
import { EXIT_CODES } from '../../vocabulary/exitCodes.ts';

const name = process.argv[2] ?? '';
if (!Object.hasOwn(FAULT_CATALOGUE, name)) {
  console.error(`usage: serveFault.ts <fault>, one of: ${Object.keys(FAULT_CATALOGUE).join(', ')}`);
  process.exit(EXIT_CODES.configuration);
}
const running = await startFaultyServer(FAULT_CATALOGUE[name as keyof typeof FAULT_CATALOGUE].fault());
console.log(`${name} listening on ${running.url}`);
const stop = () => void running.close().then(() => process.exit(EXIT_CODES.passed));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
