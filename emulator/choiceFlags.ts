import { LATITUDE, type NamedChoiceTopic, type ServerChoices } from '../spec/latitude.ts';

/** One emulator flag that sets a latitude choice (`LATITUDE`): how it reads, and what it sets. */
export interface ChoiceFlag {
  readonly flag: string;
  readonly value: string;
  readonly description: string;
  /** The choice the raw value sets, or a message saying what was expected. */
  readonly apply: (raw: string, choices: ServerChoices) => ServerChoices | string;
}

const oneOf = <K extends NamedChoiceTopic>(key: K, flag: string): ChoiceFlag => {
  const allowed: readonly string[] = LATITUDE[key].choices;
  return {
    flag,
    value: allowed.join('|'),
    description: LATITUDE[key].text,
    apply: (raw, choices) => (allowed.includes(raw) ? { ...choices, [key]: raw } : `one of ${allowed.join(', ')}`),
  };
};

const permutation = <K extends 'stageOrder' | 'conflictPrecedence'>(key: K, all: readonly string[], flag: string, description: string): ChoiceFlag => ({
  flag,
  value: all.join(','),
  description,
  apply: (raw, choices) => {
    const order = raw.split(',').map((s) => s.trim());
    return order.length === all.length && all.every((s) => order.includes(s)) ? { ...choices, [key]: order } : `an order of all of ${all.join(', ')}`;
  },
});

const count = (flag: string, description: string, set: (n: number, choices: ServerChoices) => ServerChoices): ChoiceFlag => ({
  flag,
  value: 'n',
  description,
  apply: (raw, choices) => (/^\d+$/.test(raw) ? set(Number(raw), choices) : 'a whole number'),
});

const style = (flag: string, key: Exclude<keyof ServerChoices['responses'], 'latencyMs'>, description: string): ChoiceFlag => ({
  flag,
  value: 'yes|no',
  description,
  apply: (raw, choices) => (['yes', 'no'].includes(raw) ? { ...choices, responses: { ...choices.responses, [key]: raw === 'yes' } } : 'yes or no'),
});

/**
 * Every latitude choice as an emulator flag, so the emulator can be shaped like any conformant
 * server (a team's staging, say). `--help` is printed from this table.
 */
export const CHOICE_FLAGS: readonly ChoiceFlag[] = [
  permutation('stageOrder', LATITUDE.stageOrder.stages, 'stage-order', 'the order of checks (default auth,app,body,limit,conflict)'),
  count('identifier-limit', 'identifiers per user before too_many_user_identifiers (default 5)', (n, c) => ({ ...c, identifierLimit: n })),
  oneOf('requestMediaType', 'request-media-type'),
  oneOf('requestEncoding', 'request-encoding'),
  oneOf('failedAuthentication', 'failed-authentication'),
  oneOf('undocumentedMethods', 'undocumented-methods'),
  permutation(
    'conflictPrecedence',
    LATITUDE.conflictPrecedence.parts,
    'conflict-precedence',
    'which 409 wins when a create collides several ways (default identifier,external_id,id)',
  ),
  oneOf('phoneValidation', 'phone-validation'),
  oneOf('emailValidation', 'email-validation'),
  oneOf('idValidation', 'id-validation'),
  oneOf('reservedKeys', 'reserved-keys'),
  oneOf('emailComparison', 'email-comparison'),
  style('extra-error-properties', 'extraErrorProperties', 'add request_id, type and param to error bodies (default no)'),
  style('extra-headers', 'extraHeaders', 'add x-request-id, and Location to 201s (default no)'),
  style('charset', 'charset', 'application/json; charset=utf-8 rather than application/json (default yes)'),
  style('connection-close', 'connectionClose', 'close the connection after every answer (default no)'),
  style('chunked', 'chunked', 'send bodies chunked, without Content-Length (default no)'),
  count('latency-ms', 'wait this long before every answer (default 0)', (n, c) => ({ ...c, responses: { ...c.responses, latencyMs: n } })),
  count('rate-limit-every', 'answer every n-th new request 429 with Retry-After: 0, its retry goes through (default 0: never)', (n, c) => ({
    ...c,
    rateLimitEvery: n,
  })),
];
