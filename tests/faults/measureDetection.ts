import fc from 'fast-check';
import { propertySeed } from '../../runner/_internals/propertySeed.ts';
import { DEFAULT_SERVER_CHOICES, type ServerChoices } from '../../spec/latitude.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
import type { CataloguedFault } from './faultCatalogue.ts';
import { runSuiteAgainst, type SuiteFinding } from './runSuiteAgainst.ts';
import { serverChoicesArbitrary } from './serverChoicesArbitrary.ts';

/**
 * The default budget of `npm test`'s detection sample (a fault's `sampleRuns` overrides it):
 * every fault was caught at it on 3 drawn servers each (measured; 25 missed `capsProfileValuesAt255`).
 * The self-test uses the suite's default budget.
 */
export const DETECTION_SAMPLE_RUNS = 40;

/** The run seed the fixed detection sample (and `--budgets`) derives its faults' servers from. */
const SAMPLE_SEED = 1000;

/**
 * The seed of the legitimate server a fault is built on, derived from the fault's name at
 * `runSeed` (as a property's seed is from its name): adding, removing or moving a fault changes no
 * other fault's server, so every other fault's measured `sampleRuns` still holds.
 */
export const faultServerSeed = (name: string, runSeed: number = SAMPLE_SEED): number => propertySeed(runSeed, name);

const sampleDraw = (name: string): number => propertySeed(SAMPLE_SEED, `sampled ${name}`);

/**
 * The faults `npm test`'s fixed detection sample runs: about a third of the catalogue, each chosen
 * by its name alone, and for every check that none of those is caught by, that check's fault whose
 * name draws lowest, so that each check keeps a fault in CI. Adding a fault changes no other
 * fault's place but, at most, its own check's stand-in. `npm run selftest` runs them all.
 */
export function detectionSample(catalogue: Readonly<Record<string, CataloguedFault>>): ReadonlySet<string> {
  const names = Object.keys(catalogue);
  const chosen = new Set(names.filter((name) => sampleDraw(name) % 3 === 0));
  const covered = new Set([...chosen].map((name) => catalogue[name]!.caughtBy));
  const standIns = new Map<string, string>();
  for (const name of names) {
    const check = catalogue[name]!.caughtBy;
    const current = standIns.get(check);
    if (!covered.has(check) && (current === undefined || sampleDraw(name) < sampleDraw(current))) standIns.set(check, name);
  }
  return new Set([...chosen, ...standIns.values()]);
}

/**
 * The suite's error findings against a server with `entry`'s fault, built on a legitimate server
 * with `choices`, at `runs` cases per property (default: the suite's default budget).
 */
export async function detect(entry: CataloguedFault, choices: ServerChoices = DEFAULT_SERVER_CHOICES, runs?: number): Promise<readonly SuiteFinding[]> {
  const server = await startFaultyServer(entry.fault(), { emulator: { choices } });
  try {
    return (await runSuiteAgainst(server.url, { ...(runs === undefined ? {} : { runs }), ...entry.options })).findings.filter((f) => f.severity === 'error');
  } finally {
    await server.close();
  }
}

/** The legitimate server `detect` builds a fault on for one self-test seed: drawn, so no fault is caught only on the defaults. */
export function drawnServer(seed: number): ServerChoices {
  return fc.sample(serverChoicesArbitrary(), { seed, numRuns: 1 })[0]!;
}

/**
 * The smallest budget of `ladder` at which the suite catches `entry` with its declared check on
 * `choices` (undefined: none does). What `npm run selftest -- --budgets` prints per fault, to set
 * a fault's `sampleRuns` from a measurement rather than a guess.
 */
export async function smallestCatchingBudget(entry: CataloguedFault, choices: ServerChoices, ladder: readonly number[]): Promise<number | undefined> {
  for (const runs of ladder) {
    if ((await detect(entry, choices, runs)).some((f) => f.check === entry.caughtBy)) return runs;
  }
  return undefined;
}
