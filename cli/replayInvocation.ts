import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../config/ConfigError.ts';
import type { ConformanceSummary, SummaryFinding } from '../vocabulary/ConformanceSummary.ts';
import { ConformanceReportError, readConformanceSummary } from '../vocabulary/readConformanceSummary.ts';

/** How to run one finding again: the variables to set, the test to select, where its reports go. */
export interface ReplayInvocation {
  /** The run's non-secret configuration, plus the finding's seed and replay path. */
  readonly env: Readonly<Record<string, string>>;
  /** A Playwright `-g` pattern matching the finding's test only. */
  readonly grep: string;
  /** A directory of the replay's own, beside the report: the full run's reports stay as they were. */
  readonly reportDir: string;
  readonly finding: SummaryFinding;
}

/**
 * `replay <conformance.json> <finding>`: the finding by its number (as the reports number them,
 * from 1) or its key, and the invocation that re-creates exactly the run's non-secret configuration
 * that shaped it (spec, profile, apps, target, reference, transport, counts). Tokens are not in the
 * report: they come from the same variables as for the run. A problem is a ConfigError (exit 2).
 */
export function replayInvocation(reportPath: string, selector: string): ReplayInvocation {
  const summary = readSummary(reportPath);
  const index = /^\d+$/.test(selector) ? Number(selector) - 1 : summary.findings.findIndex((f) => f.key === selector);
  const finding = summary.findings[index];
  if (finding === undefined) {
    throw new ConfigError(`${reportPath} has no finding ${JSON.stringify(selector)}: give its number (1 to ${summary.findings.length}) or its key.`);
  }
  const replayEnv = summary.run.metadata?.replayEnv;
  if (replayEnv === undefined)
    throw new ConfigError(`${reportPath} predates replay from the report (no run.metadata.replayEnv): use the finding's printed replay line.`);
  const title = finding.replay.title ?? /-g '((?:[^']|'\\'')*)'$/.exec(finding.replay.command)?.[1]?.replaceAll("'\\''", "'");
  if (title === undefined) throw new ConfigError(`finding ${index + 1} of ${reportPath} does not name its test.`);
  return {
    env: { ...replayEnv, CONFORMANCE_SEED: String(finding.replay.seed), CONFORMANCE_REPLAY_PATH: finding.replay.path },
    grep: title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    reportDir: join(dirname(resolve(reportPath)), `replay-${index + 1}`),
    finding,
  };
}

// A report the reader refuses is a configuration error of the replay (exit 2). A missing file is
// said as the other files a run is given are: "cannot read <path>: <why>".
function readSummary(reportPath: string): ConformanceSummary {
  try {
    return readConformanceSummary(reportPath, 'replay');
  } catch (error) {
    if (!(error instanceof ConformanceReportError)) throw error;
    throw new ConfigError(error.problem === 'unreadable' ? `cannot read ${reportPath}: ${(error.cause as Error).message}` : error.message);
  }
}
