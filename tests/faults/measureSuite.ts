import { startFaultyServer } from '../_support/faultyServer.ts';
import type { CataloguedFault } from './faultCatalogue.ts';
import type { CorrectVariant } from './correctVariants.ts';
import { runSuiteAgainst, type SuiteFinding } from './runSuiteAgainst.ts';

/** Seeds of the false-alarm runs, and the smaller per-seed budget that keeps 20 seeds affordable. */
export const FALSE_ALARM_SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
export const FALSE_ALARM_RUNS = 8;

/** The suite's error findings against a server with `entry`'s fault, at the default budget. */
export async function detect(entry: CataloguedFault): Promise<readonly SuiteFinding[]> {
  const server = await startFaultyServer(entry.fault());
  try {
    return (await runSuiteAgainst(server.url, entry.options)).findings.filter((f) => f.severity === 'error');
  } finally {
    await server.close();
  }
}

/** Error findings (with their seed) of the suite against a correct variant over `seeds`. */
export async function falseAlarms(variant: CorrectVariant, seeds: readonly number[] = FALSE_ALARM_SEEDS): Promise<string[]> {
  const server = await startFaultyServer(variant.choice(), { emulator: variant.emulator });
  try {
    const alarms: string[] = [];
    for (const seed of seeds) {
      const { findings } = await runSuiteAgainst(server.url, { seed, runs: FALSE_ALARM_RUNS });
      for (const f of findings.filter((x) => x.severity === 'error')) alarms.push(`seed ${seed}: ${f.check} in ${f.properties.join(', ')}: ${f.example}`);
    }
    return alarms;
  } finally {
    await server.close();
  }
}
