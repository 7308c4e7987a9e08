// `node --import tsx tests/frameworkServers/serve.ts <fastify|express|hono> <conformant|defaults>`:
// serves one framework-built server on a free loopback port until interrupted, so the real
// command can be pointed at it (PRELUDE_BASE_URL=<printed url> API_TOKEN=emulator-token
// PRELUDE_APP_ID=54e9ujn PRELUDE_DISABLED_APP_ID=fvua38g npm run conformance).
import { FRAMEWORK_SERVERS } from './frameworkServers.ts';
import { EXIT_CODES } from '../../vocabulary/exitCodes.ts';

const [name, variant = 'conformant'] = process.argv.slice(2);
const server = FRAMEWORK_SERVERS.find((s) => s.name === name);
if (server === undefined || (variant !== 'conformant' && variant !== 'defaults')) {
  console.error(`usage: serve.ts <${FRAMEWORK_SERVERS.map((s) => s.name).join('|')}> <conformant|defaults>`);
  process.exit(EXIT_CODES.configuration);
}
const running = await server.start(variant);
console.log(`${server.name} (${variant}) listening on ${running.url}`);
const stop = () => void running.close().then(() => process.exit(EXIT_CODES.passed));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
