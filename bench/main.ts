import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSuiteConfig } from '../config/suiteConfig.ts';
import { startDelayingProxy } from './_internals/delayingProxy.ts';
import { median, medianOf } from './_internals/median.ts';
import { residentMegabytes, startEmulatorProcess, startProcess } from './startProcess.ts';
import { rawRequestsPerSecond, suiteCasesPerSecond } from './measureCaseRate.ts';
import { conformanceRun, type ConformanceRun } from './measureConformanceRun.ts';
import { playwrightFloorRun, type FloorRun } from './measurePlaywrightFloor.ts';
import type { StartupFigures } from './_internals/firstRequestProbe.ts';
import { createUsers, loadRequestsPerSecond } from './measureLoad.ts';

// Sizes chosen so the whole benchmark stays under 5 minutes on a quiet 2-core machine.
const REPETITIONS = 3;
const CASES = 2_000;
const REMOTE_CASES = 400;
const REMOTE_LATENCY_MS = 50;
const LOAD_SECONDS = 3;
const MEMORY_USERS = 100_000;
const SCALE_RUNS = [1_000, 10_000] as const;

interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** Smallest and largest of the repetitions, when the figure is a median. */
  readonly spread?: readonly [number, number];
  readonly target?: string;
  readonly met?: boolean;
}

/** The sections, in the order they run; `npm run bench -- rate start` runs only those named. */
const SECTIONS = ['rate', 'start', 'memory', 'previous'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * `npm run bench`: every figure of the performance issues, written to reports/bench.json and
 * printed as a table. Ratios are measured back to back in one repetition (suite, bare loop,
 * autocannon one after the other), so a noisy neighbour moves both sides; each figure is the median
 * of the repetitions with their spread. Nothing here is asserted in tests: speed is measured, not
 * timed inside the suite.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const asked = process.argv.slice(2).filter((a): a is Section => (SECTIONS as readonly string[]).includes(a));
  const sections = new Set<Section>(asked.length > 0 ? asked : SECTIONS);
  const config = loadSuiteConfig();
  const concurrency = config.concurrency;
  const figures: Figure[] = [];
  const add = (figure: Figure) => {
    figures.push(figure);
    const spread = figure.spread ? `(${format(figure.spread[0])}–${format(figure.spread[1])})` : '';
    console.log(
      `  ${figure.name.padEnd(34)} ${format(figure.value).padStart(9)} ${figure.unit.padEnd(8)} ${spread.padEnd(17)} ${figure.target ? `${figure.met ? 'meets' : 'MISSES'} ${figure.target}` : ''}`,
    );
  };
  const addMedian = (name: string, values: readonly number[], unit: string, target?: { text: string; holds: (v: number) => boolean }) => {
    const value = median(values);
    add({ name, value, unit, spread: [Math.min(...values), Math.max(...values)], ...(target ? { target: target.text, met: target.holds(value) } : {}) });
  };
  console.log(
    `Benchmark (median of ${REPETITIONS} with min–max; concurrency ${concurrency}; ${CASES} cases per rate measurement; sections: ${[...sections].join(', ')})`,
  );

  if (sections.has('rate') || sections.has('previous')) {
    const emulator = await startEmulatorProcess();
    let seed = 1;
    try {
      if (sections.has('rate')) {
        const suite: number[] = [];
        const bare: number[] = [];
        const wire: number[] = [];
        for (let i = 0; i < REPETITIONS; i++) {
          suite.push(await suiteCasesPerSecond(emulator.url, CASES, concurrency, seed++));
          bare.push(await rawRequestsPerSecond(emulator.url, CASES, concurrency, seed++));
          // autocannon at the suite's concurrency as connections, for a fixed time (its amount-bounded runs
          // end on a one-second tick, too coarse for 2,000 requests), each request a new identity.
          wire.push(await loadRequestsPerSecond(emulator.url, LOAD_SECONDS, concurrency, `wire${seed++}`));
        }
        addMedian('suite_cases_per_s', suite, 'cases/s');
        addMedian('bare_loop_requests_per_s', bare, 'req/s');
        addMedian('autocannon_requests_per_s', wire, 'req/s');
        addMedian(
          'suite_vs_bare_loop',
          suite.map((s, i) => s / bare[i]!),
          '',
          { text: '>= 0.5', holds: (v) => v >= 0.5 },
        );
        addMedian(
          'bare_loop_vs_autocannon',
          bare.map((b, i) => b / wire[i]!),
          '',
          { text: '>= 0.5', holds: (v) => v >= 0.5 },
        );
      }
      if (sections.has('previous')) await previousRound(emulator.url, concurrency, config.specPath, () => seed++, add);
    } finally {
      await emulator.stop();
    }
  }

  const defaultRuns: ConformanceRun[] = [];
  if (sections.has('start') || sections.has('memory')) {
    for (let i = 0; i < REPETITIONS; i++) defaultRuns.push(await conformanceRun(undefined, i + 1));
    if (defaultRuns.some((r) => r.exitCode !== 0)) console.log('  note: a default run did not exit 0');
  }
  if (sections.has('start')) {
    // What no suite run by Playwright can beat here: the suite's own start-up is what it adds to it.
    const floor: FloorRun[] = [];
    for (let i = 0; i < REPETITIONS; i++) floor.push(await playwrightFloorRun(config.reportDir));
    if (floor.some((r) => r.exitCode !== 0)) console.log('  note: a floor run did not exit 0');
    const startupFigure = (name: string, runs: ReadonlyArray<{ startup: StartupFigures }>, key: keyof StartupFigures) =>
      addMedian(
        name,
        runs.map((r) => r.startup[key] ?? NaN),
        's',
      );
    startupFigure('time_to_first_request_s', defaultRuns, 'timeToFirstRequestS');
    startupFigure('runner_until_worker_s', defaultRuns, 'runnerS');
    startupFigure('worker_until_first_request_s', defaultRuns, 'workerS');
    startupFigure('playwright_floor_first_request_s', floor, 'timeToFirstRequestS');
    startupFigure('floor_runner_until_worker_s', floor, 'runnerS');
    startupFigure('floor_worker_until_first_request_s', floor, 'workerS');
    // Differences of the i-th runs of each: a busy neighbour moves both sides of one repetition.
    addMedian(
      'startup_over_floor_s',
      defaultRuns.map((r, i) => (r.startup.timeToFirstRequestS ?? NaN) - (floor[i]!.startup.timeToFirstRequestS ?? NaN)),
      's',
      { text: '<= 0.5', holds: (v) => v <= 0.5 },
    );
    addMedian(
      'default_run_s',
      defaultRuns.map((r) => r.seconds),
      's',
    );
    add({ name: 'default_run_cases', value: defaultRuns[0]!.cases ?? 0, unit: 'cases' });
    addMedian(
      'playwright_floor_run_s',
      floor.map((r) => r.seconds),
      's',
    );
    addMedian(
      'default_run_over_floor_s',
      defaultRuns.map((r, i) => r.seconds - floor[i]!.seconds),
      's',
      { text: '<= 2', holds: (v) => v <= 2 },
    );
  }
  if (sections.has('memory')) {
    // The default run is CONFORMANCE_RUNS=100: its peak is the median of the three above.
    addMedian(
      'peak_rss_runs_100',
      defaultRuns.map((r) => r.rss.peakMb),
      'MB',
    );
    const scale: Record<number, ConformanceRun> = {};
    for (const runs of SCALE_RUNS) {
      const run = await conformanceRun(runs, 1);
      scale[runs] = run;
      add({ name: `peak_rss_runs_${runs}`, value: run.rss.peakMb, unit: 'MB' });
      if (run.exitCode !== 0) console.log(`  note: the run at CONFORMANCE_RUNS=${runs} exited ${run.exitCode}`);
      console.log(
        `    ${run.cases ?? '?'} cases in ${format(run.seconds)} s, exit ${run.exitCode}; peak by role: ${Object.entries(run.rss.byRoleMb)
          .map(([role, mb]) => `${role} ${mb} MB`)
          .join(', ')}`,
      );
    }
    const growth = scale[10_000]!.rss.peakMb / scale[1_000]!.rss.peakMb;
    add({ name: 'peak_rss_growth_1k_to_10k', value: growth, unit: '×', target: '<= 2', met: growth <= 2 });
  }

  const seconds = (performance.now() - started) / 1000;
  add({ name: 'bench_s', value: seconds, unit: 's', target: '< 300', met: seconds < 300 });
  const out = join(config.reportDir, 'bench.json');
  mkdirSync(config.reportDir, { recursive: true });
  writeFileSync(
    out,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        repetitions: REPETITIONS,
        concurrency,
        sections: [...sections],
        figures: Object.fromEntries(
          figures.map((f) => [
            f.name,
            { value: round(f.value), unit: f.unit, ...(f.spread ? { spread: f.spread.map(round) } : {}), target: f.target, met: f.met },
          ]),
        ),
      },
      null,
      2,
    ),
  );
  console.log(`wrote ${out}`);
}

/** The figures of the previous round (latency hiding, emulator against Prism, emulator memory), still watched. */
async function previousRound(url: string, concurrency: number, specPath: string, nextSeed: () => number, add: (f: Figure) => void): Promise<void> {
  const proxy = await startDelayingProxy(url, REMOTE_LATENCY_MS);
  try {
    const remote = await medianOf(REPETITIONS, () => suiteCasesPerSecond(proxy.url, REMOTE_CASES, concurrency, nextSeed()));
    const ideal = concurrency / (REMOTE_LATENCY_MS / 1000);
    add({ name: 'remote_cases_per_s', value: remote, unit: 'cases/s' });
    add({ name: 'remote_efficiency', value: remote / ideal, unit: '', target: '>= 0.8', met: remote / ideal >= 0.8 });
  } finally {
    await proxy.close();
  }
  const emulatorLoad = await medianOf(REPETITIONS, () => loadRequestsPerSecond(url, LOAD_SECONDS, 16, `load${nextSeed()}`));
  add({ name: 'emulator_requests_per_s', value: emulatorLoad, unit: 'req/s' });
  const prism = await startProcess('node_modules/.bin/prism', ['mock', '-p', '0', specPath], /Prism is listening on (http:\/\/\S+)/);
  try {
    const prismLoad = await medianOf(REPETITIONS, () => loadRequestsPerSecond(prism.url, LOAD_SECONDS, 16));
    add({ name: 'prism_requests_per_s', value: prismLoad, unit: 'req/s' });
    add({ name: 'emulator_vs_prism', value: emulatorLoad / prismLoad, unit: '×', target: '>= 5', met: emulatorLoad / prismLoad >= 5 });
  } finally {
    await prism.stop();
  }
  const fresh = await startEmulatorProcess();
  try {
    await createUsers(fresh.url, MEMORY_USERS);
    const rss = await residentMegabytes(fresh.child.pid!);
    add({ name: 'emulator_rss_100k_users', value: rss, unit: 'MB', target: '<= 200', met: rss <= 200 });
  } finally {
    await fresh.stop();
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function format(value: number): string {
  return value >= 100 ? String(Math.round(value)) : value.toFixed(2);
}

await main();
