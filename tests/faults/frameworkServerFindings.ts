import type { FrameworkServer, ServerVariant } from '../frameworkServers/frameworkServers.ts';
import { runSuiteAgainst, type SuiteFinding } from './runSuiteAgainst.ts';

/** One error finding of the suite against a framework-built server, with the answer that showed it. */
export interface FrameworkFinding extends SuiteFinding {
  /** `400 FST_ERR_VALIDATION`, `415`, `201`: the (status, code) of each finding of this check and severity. */
  readonly answers: readonly string[];
}

/**
 * The whole suite (every property, in process) against one framework-built server at `seed` and
 * `runs` cases per property: its error findings, each with the answers that showed it. Against a
 * conformant variant every one is a false alarm; against a defaults variant each must be one of
 * the framework's own answers.
 */
export async function frameworkServerErrors(server: FrameworkServer, variant: ServerVariant, seed: number, runs: number): Promise<FrameworkFinding[]> {
  const running = await server.start(variant);
  try {
    const { findings, reports } = await runSuiteAgainst(running.url, { seed, runs });
    return findings
      .filter((f) => f.severity === 'error')
      .map((f) => ({
        ...f,
        answers: [
          ...new Set(
            reports.flatMap((r) =>
              r.findings.filter((x) => x.check === f.check && x.severity === 'error').map((x) => [x.status ?? 'no answer', x.code].filter(Boolean).join(' ')),
            ),
          ),
        ].sort(),
      }));
  } finally {
    await running.close();
  }
}
