import fc from 'fast-check';
import { EMULATOR_DEFAULTS } from '../emulator/emulatorDefaults.ts';
import { parseSuiteConfig } from '../config/suiteConfig.ts';
import { freshenIdentities } from '../generators/freshenIdentities.ts';
import { validCaseArbitrary } from '../generators/validCaseArbitrary.ts';
import { caseProperty } from '../runner/PropertyDefinition.ts';
import { checkProperty } from '../runner/checkProperty.ts';
import { createSuiteContext, type SuiteContext } from '../runner/suiteContext.ts';
import { createRequestPool } from '../transport/createRequestPool.ts';
import { httpClientFor } from '../transport/httpClientFor.ts';

/** A suite context aimed at `baseUrl` with the emulator's defaults, built without reading the environment. */
export function benchContext(baseUrl: string, cases: number, concurrency: number, seed: number): SuiteContext {
  return createSuiteContext(
    parseSuiteConfig({
      PRELUDE_BASE_URL: baseUrl,
      API_TOKEN: EMULATOR_DEFAULTS.token,
      PRELUDE_APP_ID: EMULATOR_DEFAULTS.enabledAppId,
      CONFORMANCE_RUNS: String(cases),
      CONFORMANCE_CONCURRENCY: String(concurrency),
      CONFORMANCE_SEED: String(seed),
      CONFORMANCE_RUN_ID: `bench${seed}`,
    }),
  );
}

/**
 * Generated cases per second through the whole suite pipeline (generation, identity freshening,
 * sending through the pool, every check, reporting), for the valid-request property.
 */
export async function suiteCasesPerSecond(baseUrl: string, cases: number, concurrency: number, seed: number): Promise<number> {
  const context = benchContext(baseUrl, cases, concurrency, seed);
  const started = performance.now();
  const report = await checkProperty(caseProperty({ name: 'bench-valid', cases: ({ operation }) => validCaseArbitrary(operation) }), context, {
    workerIndex: 0,
    replayCommand: () => '',
  });
  const seconds = (performance.now() - started) / 1000;
  if (report.findings.some((f) => f.severity === 'error')) {
    throw new Error(`the benchmark target is not conformant: ${report.findings.map((f) => f.message).join('; ')}`);
  }
  return report.cases / seconds;
}

/**
 * The same number of pre-generated requests sent by a bare loop at the same concurrency: undici's
 * `request` through the suite's dispatcher, as the suite's transport sends, and nothing else
 * (bodies generated and freshened before the clock starts).
 */
export async function rawRequestsPerSecond(baseUrl: string, cases: number, concurrency: number, seed: number): Promise<number> {
  const context = benchContext(baseUrl, cases, concurrency, seed);
  const bodies = fc
    .sample(validCaseArbitrary(context.operation), { seed, numRuns: cases })
    .map((c, i) => JSON.stringify(freshenIdentities(c.body, `raw${seed}`, i).body));
  const url = `${baseUrl}/v2/session/apps/${EMULATOR_DEFAULTS.enabledAppId}/users`;
  const headers = { authorization: `Bearer ${EMULATOR_DEFAULTS.token}`, 'content-type': 'application/json' };
  const pool = createRequestPool(concurrency, 0);
  const { request, dispatcher } = await httpClientFor(undefined);
  const started = performance.now();
  await Promise.all(
    bodies.map((body) =>
      pool.run(async () => {
        const res = await request(url, { method: 'POST', headers, body, dispatcher });
        await res.body.text();
      }),
    ),
  );
  return cases / ((performance.now() - started) / 1000);
}
