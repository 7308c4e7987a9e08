import { readdirSync, readFileSync } from 'node:fs';

/** Peak resident memory of a process tree while it ran, in MB: the whole tree, and each role at its own peak. */
export interface TreeRss {
  readonly peakMb: number;
  /** Role (the command line, shortened to what tells processes apart) → its largest RSS seen. */
  readonly byRoleMb: Readonly<Record<string, number>>;
}

const INTERVAL_MS = 100;

/**
 * Samples /proc every 100 ms for `rootPid` and all its descendants (Linux): a run's memory is the
 * runner, its workers and the embedded emulator together, so the peak of their sum is what a CI
 * machine must have. `stop()` ends sampling (it also ends by itself when the root has exited).
 */
export function watchTreeRss(rootPid: number): { stop(): TreeRss } {
  let peakKb = 0;
  const byRole: Record<string, number> = {};
  const sample = () => {
    const tree = descendants(rootPid);
    let total = 0;
    for (const pid of tree) {
      const kb = rssKb(pid);
      if (kb === undefined) continue;
      total += kb;
      const role = roleOf(pid);
      byRole[role] = Math.max(byRole[role] ?? 0, kb);
    }
    peakKb = Math.max(peakKb, total);
  };
  const timer = setInterval(sample, INTERVAL_MS);
  sample();
  return {
    stop() {
      clearInterval(timer);
      return { peakMb: toMb(peakKb), byRoleMb: Object.fromEntries(Object.entries(byRole).map(([role, kb]) => [role, toMb(kb)])) };
    },
  };
}

function toMb(kb: number): number {
  return Math.round(kb / 102.4) / 10;
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = parentOf(Number(entry));
    if (ppid !== undefined) children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const visit = (pid: number) => {
    found.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return found;
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

function parentOf(pid: number): number | undefined {
  const stat = readProc(pid, 'stat');
  // The command name (field 2) may hold spaces and parentheses: fields after the last ')' are fixed.
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields ? Number(fields[1]) : undefined;
}

function rssKb(pid: number): number | undefined {
  const match = /VmRSS:\s+(\d+)/.exec(readProc(pid, 'status') ?? '');
  return match ? Number(match[1]) : undefined;
}

const ROLES: ReadonlyArray<[RegExp, string]> = [
  [/workerProcessEntry/, 'playwright worker'],
  [/emulator\/main/, 'emulator'],
  [/playwright.* test|cli\.js test/, 'playwright runner'],
  [/^npm|npm-cli|\/npm /, 'npm'],
];

function roleOf(pid: number): string {
  const command = (readProc(pid, 'cmdline') ?? '').replaceAll('\0', ' ');
  return ROLES.find(([pattern]) => pattern.test(command))?.[1] ?? (command.split(' ')[0] || 'other');
}
