import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** When a run's processes started and when its first request arrived, in epoch milliseconds. */
export interface StartupTimeline {
  /** The Playwright runner (the process whose command line names playwright, not a worker). */
  readonly runnerStartedAt: number | undefined;
  /** The first Playwright worker. */
  readonly workerStartedAt: number | undefined;
  /** The first request any server of the tree received (in a default run: the embedded emulator). */
  readonly firstRequestAt: number | undefined;
}

/** Marks when the processes of a run start and when any HTTP server in the tree receives its first request. */
export interface FirstRequestProbe {
  /** Add to a child's environment: every Node process of the tree loads the probe. */
  readonly env: { readonly NODE_OPTIONS: string };
  /** Call once, after the tree has exited: it removes the probe's temporary folder. */
  collect(): StartupTimeline;
}

/**
 * A probe loaded into every Node process of a run (`NODE_OPTIONS=--import`): it writes when its
 * process started (`performance.timeOrigin`) and what it is (Playwright's runner or one of its workers,
 * by entry script), and subscribes
 * to `http.server.request.start` to write the wall-clock time of the first request a server of that
 * process receives. Start-up measured from outside, per process, without a line of the suite or
 * the emulator changed. Written as plain JavaScript in a temporary folder, so it loads without a TS loader.
 */
export function firstRequestProbe(): FirstRequestProbe {
  const dir = mkdtempSync(join(tmpdir(), 'bench-first-request-'));
  const marks = join(dir, 'marks');
  const probe = join(dir, 'probe.mjs');
  writeFileSync(
    probe,
    [
      "import dc from 'node:diagnostics_channel';",
      "import { appendFileSync } from 'node:fs';",
      // Told apart by their entry script: a worker's environment names it only once the worker runs.
      "const entry = process.argv[1] ?? '';",
      "const role = /workerProcessEntry/.test(entry) ? 'worker' : /playwright/.test(entry) ? 'runner' : 'other';",
      `const mark = (what, at) => appendFileSync(${JSON.stringify(marks)}, \`\${what} \${role} \${at}\\n\`);`,
      "mark('start', Math.round(performance.timeOrigin));",
      'let seen = false;',
      "dc.subscribe('http.server.request.start', () => { if (seen) return; seen = true; mark('request', Date.now()); });",
    ].join('\n'),
  );
  return {
    env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${probe}`.trim() },
    collect() {
      try {
        const lines = readFileSync(marks, 'utf8')
          .trim()
          .split('\n')
          .map((line) => line.split(' '));
        const earliest = (what: string, role?: string) => {
          const times = lines.filter(([w, r]) => w === what && (role === undefined || r === role)).map(([, , at]) => Number(at));
          return times.length === 0 ? undefined : Math.min(...times);
        };
        return { runnerStartedAt: earliest('start', 'runner'), workerStartedAt: earliest('start', 'worker'), firstRequestAt: earliest('request') };
      } catch {
        return { runnerStartedAt: undefined, workerStartedAt: undefined, firstRequestAt: undefined };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A run's start-up in seconds, split by the process that spends it. */
export interface StartupFigures {
  /** From spawning the command to the first request reaching the target. */
  readonly timeToFirstRequestS: number | undefined;
  /** From the runner's start to its first worker's: configuration, listing the tests, serving the target. */
  readonly runnerS: number | undefined;
  /** From the first worker's start to the first request: loading the tests, preparing the first case. */
  readonly workerS: number | undefined;
}

/** The figures of a timeline, for a command spawned at `spawnedAt` (epoch milliseconds). */
export function startupFigures(timeline: StartupTimeline, spawnedAt: number): StartupFigures {
  const seconds = (from: number | undefined, to: number | undefined) => (from === undefined || to === undefined ? undefined : (to - from) / 1000);
  return {
    timeToFirstRequestS: seconds(spawnedAt, timeline.firstRequestAt),
    runnerS: seconds(timeline.runnerStartedAt, timeline.workerStartedAt),
    workerS: seconds(timeline.workerStartedAt, timeline.firstRequestAt),
  };
}
