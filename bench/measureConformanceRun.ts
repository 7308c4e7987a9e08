import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../config/packageRoot.ts';
import { firstRequestProbe, startupFigures, type StartupFigures } from './_internals/firstRequestProbe.ts';
import { watchTreeRss, type TreeRss } from './_internals/processTreeRss.ts';
import { ConformanceReportError, readConformanceSummary } from '../vocabulary/readConformanceSummary.ts';

/** One `npm run conformance` as a user runs it, seen from outside. */
export interface ConformanceRun {
  /** From spawning the command to its exit. */
  readonly seconds: number;
  /** Its start-up: to the first request reaching the target (the embedded emulator), by process. */
  readonly startup: StartupFigures;
  readonly cases: number | undefined;
  readonly exitCode: number | null;
  /** Peak RSS of the whole process tree (npm, the runner, its workers, the emulator). */
  readonly rss: TreeRss;
}

/**
 * Runs `npm run conformance` against the embedded emulator with the environment cleared of every
 * suite variable (so a developer's .env or shell does not change what is measured), at
 * `CONFORMANCE_RUNS=runs` when given, else the default; the reports go to a temporary folder.
 */
export async function conformanceRun(runs?: number, seed = 1): Promise<ConformanceRun> {
  const reportDir = mkdtempSync(join(tmpdir(), 'bench-conformance-run-'));
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(CONFORMANCE_|PRELUDE_|API_TOKEN$|TEST_|PW_)/.test(k)));
  const probe = firstRequestProbe();
  const started = Date.now();
  const child = spawn('npm', ['run', '--silent', 'conformance'], {
    cwd: PACKAGE_ROOT,
    env: {
      ...env,
      ...probe.env,
      CONFORMANCE_REPORT_DIR: reportDir,
      CONFORMANCE_SEED: String(seed),
      ...(runs === undefined ? {} : { CONFORMANCE_RUNS: String(runs) }),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const watch = watchTreeRss(child.pid!);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (Date.now() - started) / 1000;
  const rss = watch.stop();
  const startup = startupFigures(probe.collect(), started);
  const cases = casesFrom(join(reportDir, 'conformance.json'));
  rmSync(reportDir, { recursive: true, force: true });
  return { seconds, startup, cases, exitCode, rss };
}

// A run that wrote no readable report counts no cases: the bench prints "?" for them.
function casesFrom(path: string): number | undefined {
  try {
    return readConformanceSummary(path, 'bench').totals.cases;
  } catch (error) {
    if (error instanceof ConformanceReportError) return undefined;
    throw error;
  }
}
