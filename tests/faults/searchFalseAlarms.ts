// False alarms: the whole suite against legitimate servers (the latitude's choices, alone and
// drawn in combinations), where any error finding is the suite's fault. Detection of faulty servers
// is measureDetection.ts. (Not bench/'s measurements of speed.)
import fc from 'fast-check';
import { DEFAULT_SERVER_CHOICES, LATITUDE, type NamedChoiceTopic, type ServerChoices } from '../../spec/latitude.ts';
import { startEmulator } from '../_support/startEmulator.ts';
import { runSuiteAgainst } from './runSuiteAgainst.ts';
import { describeChoices, serverChoicesArbitrary } from './serverChoicesArbitrary.ts';

/** The per-property budget of one false-alarm run: small, so hundreds of servers are affordable. */
export const FALSE_ALARM_RUNS = 8;

/** Error findings of the whole suite (at `suiteSeed`) against a correct emulator making `choices`. */
export async function falseAlarmsOn(choices: ServerChoices, suiteSeed: number): Promise<string[]> {
  const emulator = await startEmulator({ choices });
  try {
    const { findings } = await runSuiteAgainst(emulator.url, { seed: suiteSeed, runs: FALSE_ALARM_RUNS });
    return findings.filter((f) => f.severity === 'error').map((f) => `${f.check} in ${f.properties.join(', ')}: ${f.example}`);
  } finally {
    await emulator.close();
  }
}

/** The outcome of a false-alarm search: how many servers were tried, and the smallest one that drew an alarm. */
export interface FalseAlarmSearch {
  readonly servers: number;
  readonly falseAlarm?: { readonly server: string; readonly suiteSeed: number; readonly alarms: readonly string[] };
}

/**
 * Draws `servers` legitimate servers (a choice on every topic of `LATITUDE`, with fast-check) and
 * runs the whole suite against each: any error finding is a false alarm, shrunk to the smallest
 * combination of choices (and suite seed) that still shows it.
 */
export async function searchFalseAlarms(servers: number, seed: number, onServer?: (n: number) => void): Promise<FalseAlarmSearch> {
  let tried = 0;
  let smallest: FalseAlarmSearch['falseAlarm'];
  const result = await fc.check(
    fc.asyncProperty(serverChoicesArbitrary(), fc.integer({ min: 1, max: 0x7fffffff }), async (choices, suiteSeed) => {
      onServer?.(++tried);
      const alarms = await falseAlarmsOn(choices, suiteSeed);
      if (alarms.length > 0) smallest = { server: describeChoices(choices), suiteSeed, alarms };
      return alarms.length === 0;
    }),
    { numRuns: servers, seed },
  );
  return { servers: result.numRuns, ...(result.failed ? { falseAlarm: smallest } : {}) };
}

/** The latitude's topics whose choices are a list of names, in the table's order. */
const NAMED_CHOICE_TOPICS = (Object.keys(LATITUDE) as Array<keyof typeof LATITUDE>).filter((topic): topic is NamedChoiceTopic => 'choices' in LATITUDE[topic]);

/**
 * Each choice of the latitude on its own (the emulator's defaults but for one topic): a fixed
 * list derived from the table, so every choice is tried at least once whatever the draws.
 */
export function singleChoiceServers(): Array<{ readonly name: string; readonly choices: ServerChoices }> {
  const one = (name: string, change: Partial<ServerChoices>) => ({ name, choices: { ...DEFAULT_SERVER_CHOICES, ...change } });
  const stages = LATITUDE.stageOrder.stages;
  return [
    ...stages.slice(1).map((stage) => one(`${stage} checked first`, { stageOrder: [stage, ...stages.filter((s) => s !== stage)] })),
    ...stages.slice(0, -1).map((stage) => one(`${stage} checked last`, { stageOrder: [...stages.filter((s) => s !== stage), stage] })),
    one('identifier limit at the profile minimum', { identifierLimit: 1 }),
    one('identifier limit of 2', { identifierLimit: 2 }),
    one('identifier limit of 10', { identifierLimit: 10 }),
    ...NAMED_CHOICE_TOPICS.flatMap((topic) =>
      LATITUDE[topic].choices.filter((c) => c !== DEFAULT_SERVER_CHOICES[topic]).map((choice) => one(`${topic} ${choice}`, { [topic]: choice })),
    ),
    ...LATITUDE.conflictPrecedence.parts
      .slice(1)
      .map((part) => one(`${part} conflict first`, { conflictPrecedence: [part, ...LATITUDE.conflictPrecedence.parts.filter((p) => p !== part)] })),
    ...(Object.keys(DEFAULT_SERVER_CHOICES.responses) as Array<keyof ServerChoices['responses']>).map((key) =>
      one(`responses ${key}`, {
        responses: { ...DEFAULT_SERVER_CHOICES.responses, [key]: key === 'latencyMs' ? 5 : !DEFAULT_SERVER_CHOICES.responses[key] },
      }),
    ),
    one('rate limiting (every 7th request 429 first)', { rateLimitEvery: 7 }),
  ];
}
