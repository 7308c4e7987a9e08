import { PACKAGE_ROOT } from '../../config/packageRoot.ts';
import type { CommandIO } from '../../vocabulary/CommandIO.ts';
import { scratchDir } from './scratchDir.ts';

export interface CommandRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Interleaved, as a terminal shows them. */
  readonly output: string;
  readonly reportDir: string;
}

/**
 * Runs a command of the suite (spec-diff, report-diff) in the test's own process, as its `main.ts`
 * runs it, from the package root and with a report directory of its own: the arguments, exit codes
 * and messages are judged without paying a process start for each; one black-box run per command
 * shows the process around it.
 */
export function runCommandInProcess(command: (argv: readonly string[], io: CommandIO) => number, argv: readonly string[]): CommandRun {
  const reportDir = scratchDir('command');
  const lines: Array<{ stream: 'stdout' | 'stderr'; text: string }> = [];
  const exitCode = command(argv, {
    out: (text) => lines.push({ stream: 'stdout', text }),
    err: (text) => lines.push({ stream: 'stderr', text }),
    reportDir: () => reportDir,
    cwd: PACKAGE_ROOT,
  });
  const text = (stream?: 'stdout' | 'stderr') =>
    lines
      .filter((line) => stream === undefined || line.stream === stream)
      .map((line) => `${line.text}\n`)
      .join('');
  return { exitCode, stdout: text('stdout'), stderr: text('stderr'), output: text(), reportDir };
}
