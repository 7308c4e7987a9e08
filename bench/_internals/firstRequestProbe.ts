import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Marks when any HTTP server in a process tree receives its first request. */
export interface FirstRequestProbe {
  /** Add to a child's environment: every Node process of the tree loads the probe. */
  readonly env: { readonly NODE_OPTIONS: string };
  /**
   * Epoch milliseconds of the earliest first request any server of the tree saw (undefined if none);
   * call once, after the tree has exited: it removes the probe's temporary folder.
   */
  collectFirstRequestAt(): number | undefined;
}

/**
 * A probe loaded into every Node process of a run (`NODE_OPTIONS=--import`): it subscribes to
 * `http.server.request.start` and appends the wall-clock time of the first request a server of that
 * process receives. Only servers count, so in a default run it is the embedded emulator taking the
 * suite's first case: start-up measured from outside, without a line of the suite or the emulator
 * changed. Written as plain JavaScript in a temporary folder, so it loads without a TS loader.
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
      'let seen = false;',
      `dc.subscribe('http.server.request.start', () => { if (seen) return; seen = true; appendFileSync(${JSON.stringify(marks)}, Date.now() + '\\n'); });`,
    ].join('\n'),
  );
  return {
    env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${probe}`.trim() },
    collectFirstRequestAt() {
      try {
        const times = readFileSync(marks, 'utf8').trim().split('\n').map(Number);
        return Math.min(...times);
      } catch {
        return undefined;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
