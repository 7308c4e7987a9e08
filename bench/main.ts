import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSuiteConfig } from '../config/suiteConfig.ts';
import { startDelayingProxy } from './_internals/delayingProxy.ts';
import { medianOf } from './_internals/median.ts';
import { residentMegabytes, startEmulatorProcess, startProcess } from './_internals/startProcess.ts';
import { defaultRun } from './measureDefaultRun.ts';
import { createUsers, loadRequestsPerSecond } from './measureLoad.ts';
import { rawRequestsPerSecond, suiteCasesPerSecond } from './measureCaseRate.ts';

// Sizes chosen so the whole benchmark stays under 5 minutes on a 2-core machine.
const REPETITIONS = 3;
const CASES = 2_000;
const REMOTE_CASES = 400;
const REMOTE_LATENCY_MS = 50;
const LOAD_SECONDS = 5;
const MEMORY_USERS = 100_000;

interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
  readonly met?: boolean;
}

/**
 * `npm run bench`: every figure of the performance issue, each the median of several repetitions,
 * written to reports/bench.json and printed as a table. Nothing here is asserted in tests:
 * speed is measured, not timed inside the suite.
 */
async function main(): Promise<void> {
  const config = loadSuiteConfig();
  const concurrency = config.concurrency;
  const figures: Figure[] = [];
  const add = (figure: Figure) => {
    figures.push(figure);
    console.log(`  ${figure.name.padEnd(26)} ${format(figure.value).padStart(10)} ${figure.unit.padEnd(10)} ${figure.target ? `${figure.met ? 'meets' : 'MISSES'} ${figure.target}` : ''}`);
  };
  console.log(`Benchmark (median of ${REPETITIONS}; concurrency ${concurrency}; ${CASES} cases per suite measurement)`);

  const emulator = await startEmulatorProcess();
  let seed = 1;
  try {
    const suite = await medianOf(REPETITIONS, () => suiteCasesPerSecond(emulator.url, CASES, concurrency, seed++));
    add({ name: 'suite_cases_per_s', value: suite, unit: 'cases/s' });
    const raw = await medianOf(REPETITIONS, () => rawRequestsPerSecond(emulator.url, CASES, concurrency, seed++));
    add({ name: 'raw_requests_per_s', value: raw, unit: 'req/s' });
    add({ name: 'suite_ratio', value: suite / raw, unit: '', target: '>= 0.5', met: suite / raw >= 0.5 });

    const proxy = await startDelayingProxy(emulator.url, REMOTE_LATENCY_MS);
    try {
      const remote = await medianOf(REPETITIONS, () => suiteCasesPerSecond(proxy.url, REMOTE_CASES, concurrency, seed++));
      const ideal = concurrency / (REMOTE_LATENCY_MS / 1000);
      add({ name: 'remote_cases_per_s', value: remote, unit: 'cases/s' });
      add({ name: 'remote_efficiency', value: remote / ideal, unit: '', target: '>= 0.8', met: remote / ideal >= 0.8 });
    } finally {
      await proxy.close();
    }

    const emulatorLoad = await medianOf(REPETITIONS, () => loadRequestsPerSecond(emulator.url, LOAD_SECONDS, 16, `load${seed++}`));
    add({ name: 'emulator_requests_per_s', value: emulatorLoad, unit: 'req/s' });
    const prism = await startProcess('node_modules/.bin/prism', ['mock', '-p', '0', config.specPath], /Prism is listening on (http:\/\/\S+)/);
    try {
      const prismLoad = await medianOf(REPETITIONS, () => loadRequestsPerSecond(prism.url, LOAD_SECONDS, 16));
      add({ name: 'prism_requests_per_s', value: prismLoad, unit: 'req/s' });
      add({ name: 'emulator_vs_prism', value: emulatorLoad / prismLoad, unit: '×', target: '>= 10', met: emulatorLoad / prismLoad >= 10 });
    } finally {
      await prism.stop();
    }
  } finally {
    await emulator.stop();
  }

  const fresh = await startEmulatorProcess();
  try {
    await createUsers(fresh.url, MEMORY_USERS);
    const rss = await residentMegabytes(fresh.child.pid!);
    add({ name: 'emulator_rss_100k_users', value: rss, unit: 'MB', target: '<= 200', met: rss <= 200 });
  } finally {
    await fresh.stop();
  }

  const runs = [];
  for (let i = 0; i < REPETITIONS; i++) runs.push(await defaultRun());
  const seconds = runs.map((r) => r.seconds).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  const cases = runs[0]!.cases ?? 0;
  add({ name: 'default_run_s', value: seconds, unit: 's', target: '<= 20', met: seconds <= 20 });
  add({ name: 'default_run_cases', value: cases, unit: 'cases', target: '>= 1000', met: cases >= 1000 });
  if (runs.some((r) => r.exitCode !== 0)) console.log('  note: a default run did not exit 0');

  const out = join(config.reportDir, 'bench.json');
  mkdirSync(config.reportDir, { recursive: true });
  writeFileSync(out, JSON.stringify({
    date: new Date().toISOString(), node: process.version, repetitions: REPETITIONS, concurrency,
    figures: Object.fromEntries(figures.map((f) => [f.name, { value: round(f.value), unit: f.unit, target: f.target, met: f.met }])),
  }, null, 2));
  console.log(`wrote ${out}`);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function format(value: number): string {
  return value >= 100 ? String(Math.round(value)) : value.toFixed(2);
}

await main();
