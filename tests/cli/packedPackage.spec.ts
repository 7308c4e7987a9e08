import { expect, test } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../config/packageRoot.ts';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import { findSecretLeaks } from '../_support/findSecretLeaks.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
import { startForwardProxy } from '../_support/forwardProxy.ts';
import { startSpecPageServer } from '../_support/specPageServer.ts';
import { FAULT_CATALOGUE } from '../faults/faultCatalogue.ts';

// The package as another repository gets it: `npm pack`, installed into an empty project from
// the tarball (dependencies come from the npm cache `npm ci` filled), run through its `bin`.
test.describe.configure({ mode: 'serial' });

let work: string;
let project: string;

// In the system's temporary folder, not under this repository: Node would otherwise resolve a
// dependency the package forgot from the repository's node_modules, and the test could not see it.
test.beforeAll(() => {
  test.setTimeout(240_000);
  work = mkdtempSync(join(tmpdir(), 'packed-'));
  execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: PACKAGE_ROOT, stdio: 'pipe' });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
  project = join(work, 'consumer');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  execFileSync('npm', ['install', join(work, tarball), '--prefer-offline', '--no-audit', '--no-fund'], { cwd: project, stdio: 'pipe' });
});

test.afterAll(() => rmSync(work, { recursive: true, force: true }));

// The seed is pinned (1) unless a test says otherwise, so what a run finds never depends on a draw.
function bin(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(TEST_|PW_|PLAYWRIGHT_|CONFORMANCE_|PRELUDE_|API_TOKEN$)/.test(k)));
  const child = spawn(join(project, 'node_modules/.bin/create-user-conformance'), args, { cwd: project, env: { ...clean, CONFORMANCE_SEED: '1', ...env } });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

test('--help documents every flag with its variable; --version answers', async () => {
  const help = await bin(['--help']);
  expect(help.code).toBe(0);
  for (const variable of ['PRELUDE_BASE_URL', 'PRELUDE_APP_ID', 'PRELUDE_DISABLED_APP_ID', 'CONFORMANCE_RUNS', 'CONFORMANCE_SEED', 'CONFORMANCE_FAIL_ON']) {
    expect(help.output).toContain(variable);
  }
  expect((await bin(['--version'])).output.trim()).toMatch(/^\d+\.\d+\.\d+$/);
});

/** docs/cli.md's sections: the command line of its heading → the help text it shows. */
function documentedHelp(): Map<string, string> {
  const page = readFileSync(join(PACKAGE_ROOT, 'docs/cli.md'), 'utf8');
  return new Map([...page.matchAll(/^## `create-user-conformance (.+)`\n\n```text\n([\s\S]*?)\n```$/gm)].map(([, command, text]) => [command!, text!]));
}

test('--help of every command, from the installed package, is what docs/cli.md shows', async () => {
  const docs = documentedHelp();
  // The commands of the suite itself answer with the main help (their options are there); the programs with their own.
  const shown: Array<[string[], string]> = [
    [['--help'], '--help'],
    [['run', '--help'], '--help'],
    [['plan', '--help'], '--help'],
    [['replay', '--help'], '--help'],
    [['emulator', '--help'], 'emulator --help'],
    [['spec-diff', '--help'], 'spec-diff --help'],
    [['report-diff', '--help'], 'report-diff --help'],
  ];
  for (const [args, section] of shown) {
    const help = await bin(args);
    expect(help.code, args.join(' ')).toBe(0);
    expect(docs.get(section), section).toBeDefined();
    expect(help.output.trimEnd(), `${args.join(' ')} (regenerate docs/cli.md: npm run docs:generate)`).toBe(docs.get(section));
  }
});

test('real-world flags from the installed package: selection, --header seen at the server, HTTP_PROXY seen at a proxy, --spec from https with a private CA, --record har,ndjson, --checks-module in TypeScript typed by the package', async () => {
  const TOKEN = 'packed-canary-token-0c1d2e3f';
  const GATEWAY_KEY = 'packed-gateway-canary-4a5b6c';
  const seen: Array<{ team: unknown; key: unknown }> = [];
  const server = await startFaultyServer(
    (request, correct) => {
      seen.push({ team: request.headers['x-team'], key: request.headers['x-gateway-key'] });
      return correct();
    },
    { token: TOKEN },
  );
  const proxy = await startForwardProxy();
  const spec = await startSpecPageServer();
  // A checks module of the project's own, in TypeScript, typed by the package's declarations.
  execFileSync('mkdir', ['-p', join(project, 'checks')]);
  writeFileSync(
    join(project, 'checks/idIsText.ts'),
    `import type { Check } from 'create-user-conformance/dist/checks/Check.js';
export const checks: readonly Check[] = [
  {
    id: 'id_is_text',
    description: 'A created user has an id.',
    severity: 'error',
    source: '/components/schemas/PostUserResponse',
    explanation: 'the 201 body has an id',
    appliesTo: ({ response }) => response?.status === 201,
    verify: ({ response }) => (typeof (response?.json as { id?: unknown }).id === 'string' ? [] : [{ severity: 'error', message: 'no id.' }]),
  },
];
`,
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'NodeNext', strict: true, noEmit: true, types: [] }, files: ['checks/idIsText.ts'] }),
  );
  execFileSync(process.execPath, [join(PACKAGE_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: project, stdio: 'pipe' });
  try {
    const run = await bin(
      [
        'run',
        '--base-url',
        server.url,
        '--app-id',
        EMULATOR_DEFAULTS.enabledAppId,
        '--disabled-app-id',
        EMULATOR_DEFAULTS.disabledAppId,
        '--runs',
        '5',
        '--seed',
        '1',
        '--report-dir',
        'reports-real-world',
        '--phases',
        'valid',
        '--exclude-checks',
        'response_time',
        '--header',
        'X-Team: conformance',
        '--header',
        'X-Gateway-Key: $GATEWAY_KEY',
        '--spec',
        spec.url,
        '--record',
        'har,ndjson',
        '--checks-module',
        'checks/idIsText.ts',
        '--',
        '-g',
        'valid requests with fresh',
      ],
      { API_TOKEN: TOKEN, GATEWAY_KEY, HTTP_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: spec.certPath },
    );
    expect(run.code, run.output).toBe(0);
    // Selection: what was left out is said.
    expect(run.output).toContain('checks left out by the selection: response_time');
    expect(run.output).toMatch(/phases left out by the selection: negative, boundary, hostile, methods, semantics, model/);
    // The project's own check judged beside the built-in ones.
    expect(run.output).toContain('checks from checks/idIsText.ts: id_is_text');
    // Headers at the server, on every request (the preflight's included).
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.every((s) => s.team === 'conformance' && s.key === GATEWAY_KEY)).toBe(true);
    // The proxy carried the run, to the target and nowhere else.
    expect(proxy.forwarded.length).toBeGreaterThan(0);
    expect(proxy.forwarded.every((line) => line === `CONNECT ${new URL(server.url).host}`)).toBe(true);
    // The spec, from https through the private CA, fetched once.
    expect(spec.fetches()).toBe(1);
    expect(run.output).toContain(`spec fetched once from ${spec.url}`);
    // The run read the page's YAML, and its reports say which document that was.
    const reports = join(project, 'reports-real-world');
    const summary = JSON.parse(readFileSync(join(reports, 'conformance.json'), 'utf8')) as {
      run: { metadata?: { spec: { sha256: string } } };
      checks: Array<{ id: string; custom?: true; passes: number }>;
    };
    expect(summary.run.metadata?.spec.sha256).toBe(createHash('sha256').update(spec.yaml).digest('hex'));
    expect(summary.checks.find((c) => c.id === 'id_is_text')).toMatchObject({ custom: true, passes: expect.any(Number) });
    // Every exchange recorded: a valid HAR 1.2 and NDJSON, neither secret anywhere the run wrote or printed.
    const har = JSON.parse(readFileSync(join(reports, 'exchanges.har'), 'utf8')) as { log: { entries: unknown[] } };
    const validateHar = (createRequire(import.meta.url)('har-validator') as { har: (har: unknown) => Promise<unknown> }).har;
    await expect(validateHar(har)).resolves.toBeTruthy();
    const events = readFileSync(join(reports, 'exchanges.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { request: unknown });
    expect(events.length).toBeGreaterThanOrEqual(5);
    expect(har.log.entries).toHaveLength(events.length);
    for (const secret of [TOKEN, GATEWAY_KEY]) {
      expect(findSecretLeaks(reports, secret)).toEqual([]);
      expect(run.output).not.toContain(secret);
    }
  } finally {
    spec.close();
    proxy.close();
    await server.close();
  }
});

test('run against the embedded emulator, --fail-on warning: it passes, exit 0 (the spec gap for failed authentication is a note, which no level fails); reports in the caller directory', async () => {
  // Exit 1 from the package: the replay test below; exit 2: the configuration errors below.
  const run = await bin(['run', '--runs', '5', '--fail-on', 'warning']);
  expect(run.code, run.output).toBe(0);
  expect(run.output).toMatch(/Conformance PASS: 0 error findings, 0 warnings, \d+ notes? in /);
  // The count wears its colour when the outer run forces colours (Playwright sets FORCE_COLOR for its workers).
  expect(run.output).toMatch(/\d+ notes?\S* from auth/);
  expect(existsSync(join(project, 'reports/junit.xml'))).toBe(true);
  expect(existsSync(join(project, 'reports/html/index.html'))).toBe(true);
});

test('every command is in the package, with its --help and exit codes: plan (a dry run: nothing sent), spec-diff, report-diff, and a configuration error', async () => {
  const help = await bin(['--help']);
  for (const command of ['run', 'plan', 'emulator', 'spec-diff', 'report-diff', 'replay']) expect(help.output).toMatch(new RegExp(`^  ${command} `, 'm'));
  // plan is the dry run: the planned cases printed, nothing sent to the target, not even the preflight.
  let requests = 0;
  const target = createServer((_request, response) => {
    requests++;
    response.end();
  });
  await new Promise<void>((listening) => target.listen(0, '127.0.0.1', listening));
  try {
    const url = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
    const plan = await bin(['plan', '--base-url', url, '--app-id', EMULATOR_DEFAULTS.enabledAppId, '--runs', '3', '--report-dir', 'reports-plan'], {
      API_TOKEN: EMULATOR_DEFAULTS.token,
    });
    // Nothing was judged: exit code 3 and a verdict of its own, never PASS (README, Exit codes).
    expect(plan.code, plan.output).toBe(3);
    expect(plan.output).toContain('dry run: the planned cases are printed, nothing is sent');
    expect(plan.output).toMatch(/Conformance PLAN: dry run \(CONFORMANCE_DRY_RUN=1\), \d+ properties planned, nothing sent/);
    expect(plan.output).not.toContain('Conformance PASS');
    expect(plan.output).toMatch(/plan valid-realistic: 3 value\(s\)\n +\[0\] \{"family":"valid\//);
    expect(plan.output).toMatch(/plan boundary: \d+ value\(s\)/);
    expect((JSON.parse(readFileSync(join(project, 'reports-plan/conformance.json'), 'utf8')) as { verdict: string }).verdict).toBe('plan');
    expect(requests).toBe(0);
  } finally {
    target.close();
  }
  expect((await bin(['spec-diff', '--help'])).output).toContain('create-user-conformance spec-diff');
  copyFileSync(join(PACKAGE_ROOT, 'spec/openapi.yaml'), join(project, 'old.yaml'));
  copyFileSync(join(PACKAGE_ROOT, 'tests/fixtures/specdiff/response-format-added.yaml'), join(project, 'new.yaml'));
  const specDiff = await bin(['spec-diff', '--fail-on', 'server', 'old.yaml', 'new.yaml']);
  expect(specDiff.code, specDiff.output).toBe(1);
  expect(specDiff.output).toContain('breaking for servers');
  expect((await bin(['spec-diff', 'old.yaml'])).code).toBe(2);
  // The run of the test before left its conformance.json here.
  const reportDiff = await bin(['report-diff', 'reports/conformance.json', 'reports/conformance.json']);
  expect(reportDiff.code, reportDiff.output).toBe(0);
  expect((await bin(['report-diff', '--help'])).output).toContain('create-user-conformance report-diff');
  expect((await bin(['report-diff', 'old.yaml', 'new.yaml'])).code).toBe(2);
  // A configuration error is exit code 2, whichever way it is given.
  expect((await bin(['run', '--runs', 'lots'])).code).toBe(2);
  expect((await bin(['run', '--no-such-flag'])).code).toBe(2);
  expect((await bin(['run', '--token-env', 'UNSET_VARIABLE_X'])).code).toBe(2);
});

test('from the installed package, the printed replay lines work there: the package command, the finding again, reports of its own', async () => {
  // Every create answered 200 where 201 is due: the valid-request property fails on its first case.
  const server = await startFaultyServer(FAULT_CATALOGUE.createdIs200.fault());
  try {
    // The token in a variable of the team's own naming: replays, curl lines and messages follow it.
    const env = { STAGING_TOKEN: EMULATOR_DEFAULTS.token };
    const run = await bin(
      [
        'run',
        '--base-url',
        server.url,
        '--token-env',
        'STAGING_TOKEN',
        '--app-id',
        EMULATOR_DEFAULTS.enabledAppId,
        '--runs',
        '5',
        '--',
        '-g',
        'valid requests with fresh',
      ],
      env,
    );
    expect(run.code, run.output).toBe(1);
    expect(run.output).not.toContain('playwright.config.ts');
    expect(run.output).toContain('-H "authorization: Bearer $STAGING_TOKEN"');
    expect(run.output).not.toContain('$API_TOKEN');
    const fromReport = /^ {2}or: +(npx create-user-conformance replay reports\/conformance\.json \d+)$/m.exec(run.output)?.[1];
    const variableForm = /^ {2}replay: +(npx create-user-conformance run .*--token-env 'STAGING_TOKEN' .*-- -g .*)$/m.exec(run.output)?.[1];
    expect(fromReport, run.output).toBeDefined();
    expect(variableForm, run.output).toBeDefined();
    for (const line of [fromReport!, variableForm!]) {
      // Verbatim, by a shell, in the consumer project, with only the token in the environment.
      const again = await new Promise<{ code: number | null; output: string }>((resolve) => {
        const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(TEST_|PW_|PLAYWRIGHT_|CONFORMANCE_|PRELUDE_|API_TOKEN$)/.test(k)));
        const child = spawn('sh', ['-c', line], {
          cwd: project,
          env: { ...clean, ...env, PATH: `${join(project, 'node_modules/.bin')}:${process.env['PATH']}` },
        });
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        child.on('close', (code) => resolve({ code, output }));
      });
      expect(again.code, `${line}\n${again.output}`).toBe(1);
      expect(again.output).toMatch(/positive_acceptance \(error\) in valid\/\S+: answered 200 where 201(, or [^,]+,)? was due/);
    }
    expect(existsSync(join(project, 'reports/replay-1/conformance.json'))).toBe(true);
    expect(existsSync(join(project, 'reports/replay/conformance.json'))).toBe(true);
  } finally {
    await server.close();
  }
});

test('a gate on an API that already has findings, from the installed package: yesterday’s baseline passes on another seed, a new fault fails naming only it, an expired entry fails again', async () => {
  // Yesterday's fault: email creates answered with a numeric id. Today's regression, switched on below: phone creates answered 200.
  let phoneCreatesAre200 = false;
  const firstIdentifier = (json: unknown) => ((json as { identifiers?: { type?: unknown }[] } | undefined)?.identifiers ?? [])[0]?.type;
  const server = await startFaultyServer(async (request, correct) => {
    const answer = await correct();
    if (answer.status !== 201) return answer;
    if (firstIdentifier(request.json) === 'email_address') return { ...answer, body: JSON.stringify({ id: 12345 }) };
    return phoneCreatesAre200 && firstIdentifier(request.json) === 'phone_number' ? { ...answer, status: 200 } : answer;
  });
  const file = join(project, 'conformance-baseline.json');
  const run = (seed: string, more: string[] = []) =>
    bin(
      [
        'run',
        ...['--base-url', server.url, '--app-id', EMULATOR_DEFAULTS.enabledAppId, '--disabled-app-id', EMULATOR_DEFAULTS.disabledAppId],
        ...['--phases', 'valid', '--runs', '20', '--seed', seed, '--baseline', file, '--report-dir', 'reports-baseline', ...more],
      ],
      { API_TOKEN: EMULATOR_DEFAULTS.token },
    );
  try {
    const yesterday = await run('1', ['--update-baseline']);
    expect(yesterday.code, yesterday.output).toBe(0);
    expect(yesterday.output).toMatch(/Baseline written: .*conformance-baseline\.json, 1 entries \(1 added, 0 kept, 0 removed as fixed\)/);
    const entries = (JSON.parse(readFileSync(file, 'utf8')) as { findings: { key: string; reason: string; expires?: string }[] }).findings;
    expect(entries.map((e) => e.key)).toEqual(['response_schema|error|201|-|valid-realistic']);

    // Another seed draws other case families of the same fault: still known, with the severity of a check changed on the way.
    const today = await run('2', ['--severity', 'response_time=off']);
    expect(today.code, today.output).toBe(0);
    expect(today.output).toMatch(/Conformance PASS: .*; severities changed: response_time \(warning\) → off; baseline: [1-9]\d* known, 0 new/);
    expect(today.output).toContain('[known: accepted by --update-baseline on ');

    phoneCreatesAre200 = true;
    const regressed = await run('2');
    expect(regressed.code, regressed.output).toBe(1);
    expect(regressed.output).toMatch(/Conformance FAIL: .*; baseline: [1-9]\d* known, [1-9]\d* new/);
    const tagged = regressed.output.split('\n').filter((line) => / \[(new|known)(: [^\]]*)?\]/.test(line));
    expect(tagged.filter((line) => line.includes('[new]')).length).toBeGreaterThan(0);
    // Only the regression is new; yesterday's fault stays known.
    for (const line of tagged) expect(line.includes('response_schema') ? line.includes('[known') : line.includes('[new]'), line).toBe(true);

    phoneCreatesAre200 = false;
    writeFileSync(file, JSON.stringify({ baselineFormat: 1, findings: entries.map((e) => ({ ...e, expires: '2000-01-01' })) }));
    const expired = await run('2');
    expect(expired.code, expired.output).toBe(1);
    expect(expired.output).toContain('1 entry (1 expired: its findings fail again)');
    expect(expired.output).toMatch(/baseline: 0 known, 0 new, [1-9]\d* expired/);
    expect(expired.output).toContain('[baseline entry expired 2000-01-01: fails again]');
  } finally {
    await server.close();
  }
});

test('`emulator` serves the reference emulator', async () => {
  const child = spawn(join(project, 'node_modules/.bin/create-user-conformance'), ['emulator', '--port', '0'], { cwd: project });
  try {
    const url = await new Promise<string>((resolve) =>
      child.stdout.on('data', (d) => {
        const match = /listening on (http:\/\/\S+)/.exec(String(d));
        if (match) resolve(match[1]!);
      }),
    );
    const res = await fetch(`${url}/v2/session/apps/${EMULATOR_DEFAULTS.enabledAppId}/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${EMULATOR_DEFAULTS.token}`, 'content-type': 'application/json' },
      body: '{"identifiers":[]}',
    });
    expect(res.status).toBe(201);
  } finally {
    child.kill('SIGTERM');
  }
});
