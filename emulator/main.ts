import { parseArgs } from 'node:util';
import { DEFAULT_SPEC_PATH } from '../spec/defaultSpecPath.ts';
import { loadCreateUserOperation } from '../spec/loadCreateUserOperation.ts';
import { DEFAULT_SERVER_CHOICES, type ServerChoices } from '../spec/latitude.ts';
import { CHOICE_FLAGS } from './choiceFlags.ts';
import { createEmulatorServer } from './createEmulatorServer.ts';
import { EMULATOR_DEFAULTS } from './emulatorDefaults.ts';
import { EXIT_CODES } from '../vocabulary/exitCodes.ts';

const USAGE = `Usage: npm run emulator -- [options]

Serves the create-user reference emulator (POST /v2/session/apps/{appID}/users).

  --port <n>             port to listen on (default 4010; 0 picks a free one)
  --host <addr>          address to bind (default 127.0.0.1)
  --token <t>            bearer token to accept (default "${EMULATOR_DEFAULTS.token}")
  --app <id>             an app with session management enabled (repeatable; default ${EMULATOR_DEFAULTS.enabledAppId})
  --disabled-app <id>    an app with session management disabled (repeatable; default ${EMULATOR_DEFAULTS.disabledAppId})
  --body-limit <bytes>   request body size limit (default ${EMULATOR_DEFAULTS.bodyLimitBytes})
  --spec <path>          OpenAPI document (default spec/openapi.yaml)
  --help                 this text

Where the spec is silent, any of these choices is conformant (see docs; defaults: the real API as known):
${CHOICE_FLAGS.map((f) => `  --${`${f.flag} <${f.value}>`.padEnd(44)} ${f.description}`).join('\n')}`;

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '4010' },
        host: { type: 'string', default: '127.0.0.1' },
        token: { type: 'string' },
        app: { type: 'string', multiple: true },
        'disabled-app': { type: 'string', multiple: true },
        ...Object.fromEntries(CHOICE_FLAGS.map((f) => [f.flag, { type: 'string' as const }])),
        'body-limit': { type: 'string', default: String(EMULATOR_DEFAULTS.bodyLimitBytes) },
        spec: { type: 'string', default: DEFAULT_SPEC_PATH },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = wholeNumber('--port', values.port);
  const operation = loadCreateUserOperation(values.spec);
  const enabled = values.app ?? [EMULATOR_DEFAULTS.enabledAppId];
  const disabled = values['disabled-app'] ?? [EMULATOR_DEFAULTS.disabledAppId];
  const { server } = createEmulatorServer({
    operation,
    token: values.token ?? EMULATOR_DEFAULTS.token,
    choices: serverChoices(values),
    bodyLimitBytes: wholeNumber('--body-limit', values['body-limit']),
    apps: [...enabled.map((id) => ({ id, sessionEnabled: true })), ...disabled.map((id) => ({ id, sessionEnabled: false }))],
  });
  server.on('error', (error) => fail(`cannot listen on ${values.host}:${port}: ${error.message}`));
  server.listen(port, values.host, () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    // Scripts that start it (the bench, the self-test) read the URL from this exact line.
    console.log(`Create-user emulator listening on http://${values.host}:${actualPort}`);
    console.log(`  enabled apps: ${enabled.join(', ')}; disabled apps: ${disabled.join(', ')}`);
    console.log(`  token: ${values.token === undefined ? `"${EMULATOR_DEFAULTS.token}" (default)` : 'as given by --token'}`);
  });
  const stop = () => server.close(() => process.exit(EXIT_CODES.passed));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

function serverChoices(values: Record<string, unknown>): ServerChoices {
  let choices = DEFAULT_SERVER_CHOICES;
  for (const flag of CHOICE_FLAGS) {
    const raw = values[flag.flag];
    if (typeof raw !== 'string') continue;
    const applied = flag.apply(raw, choices);
    if (typeof applied === 'string') fail(`--${flag.flag} expects ${applied}, got "${raw}"`);
    choices = applied;
  }
  return choices;
}

function wholeNumber(flag: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) fail(`${flag} expects a whole number, got "${raw}"`);
  return value;
}

function fail(message: string): never {
  console.error(`emulator: ${message}`);
  process.exit(EXIT_CODES.configuration);
}

try {
  main();
} catch (error) {
  fail((error as Error).message);
}
