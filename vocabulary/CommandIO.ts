/**
 * What a command-line program of the suite needs from its process, given as values so the same
 * command runs in a test's process: its lines go to `out` and `err`, its reports to `reportDir()`
 * (read only when a report is written, so `--help` and bad arguments never touch the configuration),
 * and the paths it prints are shortened against `cwd`.
 */
export interface CommandIO {
  out(line: string): void;
  err(line: string): void;
  reportDir(): string;
  readonly cwd: string;
}
