import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../config/suiteConfig.ts';

/** Wall time of `npm run conformance` at default settings (embedded emulator), and the cases it sent. */
export async function defaultRun(): Promise<{ seconds: number; cases: number | undefined; exitCode: number | null }> {
  const reportDir = mkdtempSync(join(tmpdir(), 'bench-default-run-'));
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(CONFORMANCE_|PRELUDE_|API_TOKEN$|TEST_|PW_)/.test(k)));
  const started = performance.now();
  const child = spawn('npm', ['run', '--silent', 'conformance'], {
    cwd: PACKAGE_ROOT, env: { ...env, CONFORMANCE_REPORT_DIR: reportDir }, stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  return { seconds, cases: casesFrom(join(reportDir, 'conformance.json')), exitCode };
}

function casesFrom(path: string): number | undefined {
  try {
    const summary = JSON.parse(readFileSync(path, 'utf8')) as { totals?: { cases?: number } };
    return summary.totals?.cases;
  } catch {
    return undefined;
  }
}
