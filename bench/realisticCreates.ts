import fc from 'fast-check';
import { pathToFileURL } from 'node:url';
import { freshenIdentities } from '../generators/freshenIdentities.ts';
import { IDENTIFIER_ARRAY_CLASSES } from '../generators/identityValueClasses.ts';
import { validRequestArbitrary } from '../generators/validRequestArbitrary.ts';
import { valueClassesOf } from '../generators/valueClassLocations.ts';
import { DEFAULT_SERVER_CHOICES } from '../spec/latitude.ts';
import { EXIT_CODES } from '../vocabulary/exitCodes.ts';
import { benchOperation } from './_internals/benchOperation.ts';
import { startInProcessEmulator } from './_internals/inProcessEmulator.ts';

/** What the emulator answered to `count` realistic valid requests. */
export interface RealisticCreates {
  readonly sent: number;
  /** `"201"`, `"400 invalid_request"`, … → requests. */
  readonly answers: Record<string, number>;
  /** The first request not created, if any, and its answer. */
  readonly firstRefused?: { readonly body: unknown; readonly status: number; readonly json: unknown };
  /** `location: class` → requests that drew it: proof every class went through. */
  readonly classes: Record<string, number>;
}

// Everyday arrays go up to 10 identifiers; the emulator's default limit is 5 (a legitimate choice).
const IDENTIFIER_LIMIT = Math.max(...IDENTIFIER_ARRAY_CLASSES.filter((c) => !c.pastAnyPlausibleLimit).map((c) => c.maxLength));

/**
 * Sends `count` realistic valid requests (seed `seed`, identities freshened as a run does) to an
 * emulator whose identifier limit admits every realistic array, over HTTP, one connection at a time:
 * the emulator keeps up with the generators when every one is created.
 * `node --import tsx bench/realisticCreates.ts 10000 [seed]` prints the figures.
 */
export async function realisticCreates(count: number, seed: number): Promise<RealisticCreates> {
  const operation = benchOperation();
  const bodies = fc.sample(validRequestArbitrary(operation), { seed, numRuns: count });
  const emulator = await startInProcessEmulator({ ...DEFAULT_SERVER_CHOICES, identifierLimit: IDENTIFIER_LIMIT });
  const answers: Record<string, number> = {};
  const classes: Record<string, number> = {};
  let firstRefused: RealisticCreates['firstRefused'];
  try {
    for (const [sequence, template] of bodies.entries()) {
      for (const c of valueClassesOf(template)) classes[`${c.location}: ${c.name}`] = (classes[`${c.location}: ${c.name}`] ?? 0) + 1;
      const { body } = freshenIdentities(template, `rrealw${seed}`, sequence);
      const { status, json } = await emulator.post(body);
      const key = status === 201 ? '201' : `${status} ${json?.code}`;
      answers[key] = (answers[key] ?? 0) + 1;
      if (status !== 201) firstRefused ??= { body, status, json };
    }
  } finally {
    await emulator.close();
  }
  return { sent: bodies.length, answers, classes, ...(firstRefused ? { firstRefused } : {}) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [count = '10000', seed = '2026'] = process.argv.slice(2);
  const result = await realisticCreates(Number(count), Number(seed));
  console.log(JSON.stringify(result, null, 2));
  process.exitCode = result.answers['201'] === result.sent ? EXIT_CODES.passed : EXIT_CODES.findings;
}
