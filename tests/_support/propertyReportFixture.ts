import type { PropertyReport, ReportedFinding } from '../../vocabulary/PropertyReport.ts';

/** A property outcome as the runner attaches it, with only what a test cares about overridden. */
export function propertyReport(overrides: Partial<PropertyReport> = {}): PropertyReport {
  return {
    property: 'valid-realistic',
    run: {
      runId: 'r1234',
      suiteVersion: '0.1.0',
      failOn: 'error',
      target: { kind: 'external', url: 'http://127.0.0.1:4010', disabledAppConfigured: true },
      spec: { title: 'Prelude Session Management API', version: '0.0.1', sha256: 'a'.repeat(64) },
    },
    runSeed: 42,
    seed: 7,
    cases: 10,
    checks: { no_server_error: { cases: 10, errors: 0, warnings: 0 } },
    findings: [],
    observed: { '201': 10 },
    latencies: { '201': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
    targeted: { '201': 10 },
    ...overrides,
  };
}

/** A reported finding of `check` on a 201 in `family`, with a recorded counterexample. */
export function reportedFinding(check: string, overrides: Partial<ReportedFinding> = {}): ReportedFinding {
  const severity = overrides.severity ?? 'error';
  const family = overrides.family ?? 'valid/realistic';
  return {
    check,
    severity,
    family,
    status: 201,
    code: undefined,
    message: '/id must be string',
    key: [check, severity, '201', '-', family].join('|'),
    occurrences: 3,
    shrunk: true,
    counterexample: {
      request: {
        method: 'POST',
        url: 'http://127.0.0.1:4010/v2/session/apps/a/users',
        headers: { authorization: 'Bearer <redacted>' },
        body: '{"identifiers":[]}',
      },
      response: { status: 201, headers: { 'content-type': 'application/json' }, body: '{"id":1}' },
      failure: undefined,
      elapsedMs: 3,
    },
    replay: {
      seed: 42,
      path: '0:1',
      command: "CONFORMANCE_SEED=42 CONFORMANCE_REPLAY_PATH=0:1 npx playwright test -c playwright.config.ts -g 'x'",
      curl: 'curl -sS -i -X POST ...',
    },
    ...overrides,
  };
}
