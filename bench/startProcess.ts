import { spawn, type ChildProcess } from 'node:child_process';
import { PACKAGE_ROOT } from '../config/packageRoot.ts';

/** A child process serving HTTP, with the URL it printed. */
export interface ServedProcess {
  readonly url: string;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts a server process and waits for `ready` to match its output (group 1 = the URL).
 * Benchmarks run the server in its own process so client and server do not share an event loop.
 */
export async function startProcess(command: string, args: string[], ready: RegExp, timeoutMs = 60_000): Promise<ServedProcess> {
  const child = spawn(command, args, { cwd: PACKAGE_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} ${args.join(' ')} did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (data: Buffer) => {
      output += data.toString();
      const match = ready.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${command} exited with ${code}:\n${output}`)));
  });
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The embedded emulator in its own process, on a free port. */
export function startEmulatorProcess(extraArgs: string[] = []): Promise<ServedProcess> {
  return startProcess(process.execPath, ['--import', 'tsx', 'emulator/main.ts', '--port', '0', ...extraArgs], /listening on (http:\/\/\S+)/);
}

/** Resident set size of a process in MB, from /proc (Linux). */
export async function residentMegabytes(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}
