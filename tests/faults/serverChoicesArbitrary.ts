import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { DEFAULT_PROFILE } from '../../config/profile.ts';
import { DEFAULT_SERVER_CHOICES, LATITUDE, type ServerChoices } from '../../spec/latitude.ts';

const permutationOf = <T>(items: readonly T[]): Arbitrary<T[]> => fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

/**
 * Any legitimate server: a choice on every topic of `LATITUDE`, drawn independently, so the
 * self-test explores combinations nobody listed. Every field shrinks towards the emulator's
 * default, so a false alarm shrinks to the fewest choices that differ from it.
 */
export function serverChoicesArbitrary(identifierLimitAtLeast = DEFAULT_PROFILE.identifierLimitAtLeast): Arbitrary<ServerChoices> {
  const defaultFirst = <T>(choices: readonly T[], byDefault: T): Arbitrary<T> => fc.constantFrom(byDefault, ...choices.filter((c) => c !== byDefault));
  return fc.record(
    {
      stageOrder: fc.oneof(fc.constant([...DEFAULT_SERVER_CHOICES.stageOrder]), permutationOf(LATITUDE.stageOrder.stages)),
      identifierLimit: fc.integer({ min: identifierLimitAtLeast, max: 12 }),
      requestMediaType: defaultFirst(LATITUDE.requestMediaType.choices, DEFAULT_SERVER_CHOICES.requestMediaType),
      requestEncoding: defaultFirst(LATITUDE.requestEncoding.choices, DEFAULT_SERVER_CHOICES.requestEncoding),
      failedAuthentication: defaultFirst(LATITUDE.failedAuthentication.choices, DEFAULT_SERVER_CHOICES.failedAuthentication),
      undocumentedMethods: defaultFirst(LATITUDE.undocumentedMethods.choices, DEFAULT_SERVER_CHOICES.undocumentedMethods),
      conflictPrecedence: fc.oneof(fc.constant([...DEFAULT_SERVER_CHOICES.conflictPrecedence]), permutationOf(LATITUDE.conflictPrecedence.parts)),
      phoneValidation: defaultFirst(LATITUDE.phoneValidation.choices, DEFAULT_SERVER_CHOICES.phoneValidation),
      emailValidation: defaultFirst(LATITUDE.emailValidation.choices, DEFAULT_SERVER_CHOICES.emailValidation),
      idValidation: defaultFirst(LATITUDE.idValidation.choices, DEFAULT_SERVER_CHOICES.idValidation),
      reservedKeys: defaultFirst(LATITUDE.reservedKeys.choices, DEFAULT_SERVER_CHOICES.reservedKeys),
      emailComparison: defaultFirst(LATITUDE.emailComparison.choices, DEFAULT_SERVER_CHOICES.emailComparison),
      responses: fc.record({
        extraErrorProperties: fc.boolean(),
        extraHeaders: fc.boolean(),
        charset: fc.boolean().map((b) => !b),
        connectionClose: fc.boolean(),
        chunked: fc.boolean(),
        latencyMs: fc.constantFrom(0, 1, 3),
      }),
      rateLimitEvery: fc.constantFrom(0, 0, 53, 211),
    },
    { noNullPrototype: true },
  );
}

/** The choices that differ from the emulator's defaults, as one readable line. */
export function describeChoices(choices: ServerChoices): string {
  const differs = (Object.keys(choices) as Array<keyof ServerChoices>).filter((k) => JSON.stringify(choices[k]) !== JSON.stringify(DEFAULT_SERVER_CHOICES[k]));
  return differs.length === 0 ? 'the defaults' : differs.map((k) => `${k}=${JSON.stringify(choices[k])}`).join(' ');
}
