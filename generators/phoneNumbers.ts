import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { createRequire } from 'node:module';
import { digitPaths, pathAllows, type DigitPath } from './_internals/digitPattern.ts';
import type { ValueClass } from './ValueClass.ts';

// libphonenumber-js's CommonJS build: its ES build is some seventy modules, each resolved and loaded
// through the test runner's ESM loader hooks at every worker's start.
const require = createRequire(import.meta.url);
const { isValidPhoneNumber } = require('libphonenumber-js/core') as typeof import('libphonenumber-js/core');
const metadata = require('libphonenumber-js/max/metadata') as typeof import('libphonenumber-js/max/metadata').default;

/**
 * How many different numbers the trailing digits of every drawn number can take: freshening
 * writes a run's token there (`freshPhoneNumber`), so each path keeps at least this much room
 * (a run's sends stay distinct up to it divided by the identifiers a send carries).
 */
export const FRESH_NUMBER_SPACE = 5_000_000;

/** E.164 allows at most 15 digits, country code included. */
const E164_MAX_DIGITS = 15;

/**
 * Realistic lengths (digits, country code included): a server that sizes its column for 12
 * digits fails exactly on the longer classes. Shorter numbers (Niue's 7 digits) leave too little
 * room for a run's token.
 */
const REALISTIC_LENGTHS = [10, 11, 12, 13, 14, 15] as const;

/** One way to be a valid number of one country: its calling code and a path through its plan. */
interface PhonePlan {
  readonly country: string;
  readonly callingCode: string;
  readonly path: DigitPath;
  /** Where the trailing positions freshening rewrites begin: the shortest tail with `FRESH_NUMBER_SPACE` numbers. */
  readonly tailFrom: number;
}

interface NumberingPlans {
  /** Mobile plans (fixed-line-or-mobile where a country has no separate mobile range), by E.164 length. */
  readonly byLength: ReadonlyMap<number, readonly (readonly PhonePlan[])[]>;
  /** Every plan. */
  readonly all: readonly PhonePlan[];
  /** The plans a number may be in, by `lookupKey` (calling code, national length, first national digit). */
  readonly byStart: ReadonlyMap<string, readonly PhonePlan[]>;
  /** The national lengths each calling code's countries use, any number type. */
  readonly nationalLengths: ReadonlyMap<string, ReadonlySet<number>>;
  /**
   * Digits a national prefix of the calling code's countries may use: libphonenumber-js strips a
   * national prefix from international numbers too, so a number starting with one may be rescued.
   */
  readonly prefixDigits: ReadonlyMap<string, string>;
}

// libphonenumber-js's compressed metadata: a country is an array whose [0] is its calling code,
// [3] its possible lengths, [5] its national prefix, [7] the pattern of national prefixes it strips,
// and [11] its number types ([0] fixed line, [1] mobile), each [pattern, lengths?].
type CompressedCountry = [string, unknown, unknown, number[] | undefined, ...unknown[]];
type CompressedType = [string, number[]?] | 0 | undefined;

const COUNTRIES = [...Object.entries(metadata.countries), ...Object.entries(metadata.nonGeographic)] as Array<[string, CompressedCountry]>;
const typesOf = (compressed: CompressedCountry) => (compressed[11] ?? []) as CompressedType[];

let plans: NumberingPlans | undefined;

/** Built on the first draw, from the metadata of the library real servers validate with. */
function numberingPlans(): NumberingPlans {
  if (plans !== undefined) return plans;
  const byLength = new Map<number, PhonePlan[][]>();
  const all: PhonePlan[] = [];
  const byStart = new Map<string, PhonePlan[]>();
  const nationalLengths = new Map<string, Set<number>>();
  const prefixDigits = new Map<string, string>();
  for (const [country, compressed] of COUNTRIES) {
    const callingCode = compressed[0];
    const prefixes = [compressed[5], compressed[7]].filter((p) => typeof p === 'string').join('');
    prefixDigits.set(callingCode, (prefixDigits.get(callingCode) ?? '') + prefixes.replace(/\D/g, ''));
    const types = typesOf(compressed);
    const lengths = nationalLengths.get(callingCode) ?? new Set<number>();
    for (const length of compressed[3] ?? []) lengths.add(length);
    nationalLengths.set(callingCode, lengths);
    // libphonenumber treats a country without a mobile pattern as fixed-line-or-mobile.
    const mobile = types[1] ?? types[0];
    if (!Array.isArray(mobile)) continue;
    const countryPlans = digitPaths(mobile[0]).flatMap((path): PhonePlan[] => {
      const tailFrom = freshTailStart(path);
      return tailFrom === undefined ? [] : [{ country, callingCode, path, tailFrom }];
    });
    for (const plan of countryPlans) {
      all.push(plan);
      for (const first of plan.path[0] ?? '') {
        const key = lookupKey(callingCode, plan.path.length, first);
        const same = byStart.get(key);
        if (same) same.push(plan);
        else byStart.set(key, [plan]);
      }
    }
    for (const length of REALISTIC_LENGTHS) {
      const ofLength = countryPlans.filter((p) => callingCode.length + p.path.length === length);
      if (ofLength.length > 0) byLength.set(length, [...(byLength.get(length) ?? []), ofLength]);
    }
  }
  plans = { byLength, all, byStart, nationalLengths, prefixDigits };
  return plans;
}

const lookupKey = (callingCode: string, nationalLength: number, firstDigit: string) => `${callingCode} ${nationalLength} ${firstDigit}`;

function freshTailStart(path: DigitPath): number | undefined {
  let room = 1;
  for (let from = path.length - 1; from >= 0; from--) {
    room *= path[from]!.length;
    if (room >= FRESH_NUMBER_SPACE) return from;
  }
  return undefined;
}

const digitCount = (value: string | undefined) => (value ?? '').replace(/\D/g, '').length;

/** Digits drawn within a path: each position's draw shrinks to the first digit it allows. */
function numberOnPath(draws: readonly number[], path: DigitPath): string {
  return path.map((allowed, i) => allowed[(draws[i] ?? 0) % allowed.length]).join('');
}

/** A valid number of `length` digits: a country, then one of its paths, then digits on it. */
function validNumbersOfLength(length: number): Arbitrary<string> {
  return fc.tuple(fc.nat(), fc.nat(), fc.array(fc.nat({ max: 9 }), { minLength: length, maxLength: length })).map(([countryDraw, pathDraw, digits]) => {
    const countries = numberingPlans().byLength.get(length) ?? [];
    const ofCountry = countries[countryDraw % countries.length]!;
    const plan = ofCountry[pathDraw % ofCountry.length]!;
    return `+${plan.callingCode}${numberOnPath(digits, plan.path)}`;
  });
}

/**
 * One class per E.164 length, every number valid in its country's numbering plan as
 * libphonenumber-js (`max` metadata, `isValidPhoneNumber`) sees it, over every country whose
 * plan has numbers of that length: what a server validating with the field's standard library
 * accepts, and so does one that checks the E.164 shape only.
 */
export const PHONE_NUMBER_CLASSES: ReadonlyArray<ValueClass<string>> = REALISTIC_LENGTHS.map((length) => ({
  name: `${length} digits`,
  arbitrary: validNumbersOfLength(length),
  holds: (value) => digitCount(value) === length && isInSomePlan(value),
}));

function isInSomePlan(value: string | undefined): boolean {
  return value !== undefined && planOf(value) !== undefined;
}

// Every class of a number asks for its plan, and so does its freshening: worked out once per value.
// Bounded, so that a long run holds no more than the values of its last few thousand cases.
const PLAN_MEMO_SIZE = 10_000;
const planMemo = new Map<string, { plan: PhonePlan; national: string } | undefined>();

function planOf(value: string): { plan: PhonePlan; national: string } | undefined {
  if (planMemo.has(value)) return planMemo.get(value);
  if (planMemo.size >= PLAN_MEMO_SIZE) planMemo.clear();
  const found = lookUpPlan(value);
  planMemo.set(value, found);
  return found;
}

function lookUpPlan(value: string): { plan: PhonePlan; national: string } | undefined {
  if (!/^\+\d+$/.test(value)) return undefined;
  const digits = value.slice(1);
  for (const codeLength of [1, 2, 3]) {
    const national = digits.slice(codeLength);
    const plan = numberingPlans()
      .byStart.get(lookupKey(digits.slice(0, codeLength), national.length, national[0] ?? ''))
      ?.find((p) => pathAllows(p.path, national));
    if (plan) return { plan, national };
  }
  return undefined;
}

/**
 * The number with `token` written into its trailing digits, staying in its plan (each position
 * keeps to the digits its path allows there, counted in mixed radix); undefined for a number in
 * no plan. Distinct tokens below `FRESH_NUMBER_SPACE` give distinct numbers.
 */
export function freshPhoneNumber(value: string, token: number): string | undefined {
  const found = planOf(value);
  if (found === undefined) return undefined;
  const { plan, national } = found;
  const digits = [...national];
  let rest = token;
  for (let i = plan.path.length - 1; i >= plan.tailFrom; i--) {
    const allowed = plan.path[i]!;
    digits[i] = allowed[rest % allowed.length]!;
    rest = Math.floor(rest / allowed.length);
  }
  return `+${plan.callingCode}${digits.join('')}`;
}

const CALLING_CODES = [...Object.keys(metadata.country_calling_codes), ...Object.keys(metadata.nonGeographic)];

/** Where numbers outside every plan come from, worked out once from the metadata. */
interface OutsideEveryPlan {
  /** Three-digit codes that neither are a calling code nor start with one. */
  readonly unassignedCodes: readonly string[];
  /** Realistic plans whose calling code uses no national number one digit longer (and that start with no national prefix). */
  readonly oneDigitShort: readonly PhonePlan[];
  /** Calling codes and national lengths (8 or more digits, within E.164) where a first digit may be refused. */
  readonly refusalSlots: ReadonlyArray<{ readonly callingCode: string; readonly length: number }>;
}

let outside: OutsideEveryPlan | undefined;

function outsideEveryPlan(): OutsideEveryPlan {
  if (outside !== undefined) return outside;
  const { all, nationalLengths } = numberingPlans();
  const known = new Set(CALLING_CODES);
  const unassignedCodes: string[] = [];
  for (let code = 200; code <= 999; code++) {
    const text = String(code);
    if (![1, 2, 3].some((n) => known.has(text.slice(0, n)))) unassignedCodes.push(text);
  }
  const oneDigitShort = all.filter(
    (p) =>
      !nationalLengths.get(p.callingCode)?.has(p.path.length + 1) &&
      p.callingCode.length + p.path.length + 1 <= E164_MAX_DIGITS &&
      !strippable(p.callingCode, p.path[0] ?? ''),
  );
  // At least 8 national digits, so a refused first digit lies before the 7 that freshening rewrites.
  const refusalSlots = [...nationalLengths].flatMap(([callingCode, lengths]) =>
    [...lengths].filter((length) => isRefusalSlot(callingCode, length)).map((length) => ({ callingCode, length })),
  );
  outside = { unassignedCodes, oneDigitShort, refusalSlots };
  return outside;
}

/** Whether a national prefix of the calling code's countries may start with one of `digits`. */
const strippable = (callingCode: string, digits: string) => [...digits].some((d) => (numberingPlans().prefixDigits.get(callingCode) ?? '').includes(d));

/** A calling code and a national length its plans use, of 8 digits or more within E.164: where `refusedFirstDigit` is asked. */
const isRefusalSlot = (callingCode: string, length: number) =>
  length >= 8 && callingCode.length + length <= E164_MAX_DIGITS && (numberingPlans().nationalLengths.get(callingCode)?.has(length) ?? false);

const refusedDigits = new Map<string, string | null>();

/**
 * A first digit no number type of any country of the calling code allows at that national length
 * (and no national prefix starts with), or undefined: worked out per code when first asked, since
 * expanding every type of every country (the +1 codes' alone are thousands of paths) costs more than
 * a run that draws a few such numbers needs.
 */
function refusedFirstDigit(callingCode: string, length: number): string | undefined {
  const key = `${callingCode}:${length}`;
  if (!refusedDigits.has(key)) {
    const paths = COUNTRIES.filter(([, c]) => c[0] === callingCode)
      .flatMap(([, c]) => typesOf(c).flatMap((type) => (Array.isArray(type) ? digitPaths(type[0]) : [])))
      .filter((p) => p.length === length);
    refusedDigits.set(key, [...'0123456789'].find((d) => !strippable(callingCode, d) && paths.every((p) => !p[0]!.includes(d))) ?? null);
  }
  return refusedDigits.get(key) ?? undefined;
}

const e164Shaped = (value: string | undefined): value is string => value !== undefined && /^\+[1-9]\d{6,14}$/.test(value);
const hasCallingCode = (value: string) => CALLING_CODES.some((code) => value.startsWith(`+${code}`));
const refusedByLibphonenumber = (value: string) => !isValidPhoneNumber(value, metadata);
const hasALengthItsCodeUses = (value: string) =>
  [1, 2, 3].some(
    (n) =>
      numberingPlans()
        .nationalLengths.get(value.slice(1, 1 + n))
        ?.has(value.length - 1 - n) ?? false,
  );
const draws = fc.tuple(fc.nat(), fc.array(fc.nat({ max: 9 }), { minLength: E164_MAX_DIGITS, maxLength: E164_MAX_DIGITS }));
const pick = <T>(items: readonly T[], draw: number): T => items[draw % items.length]!;

/**
 * Numbers on which mainstream validators disagree: E.164 in shape (a server that checks the shape
 * accepts them) but in no numbering plan (libphonenumber-js refuses them, whatever freshening
 * writes in their last 7 digits). A server may create the user or answer 400: these are sent as
 * "either answer" cases, never as valid ones.
 */
export const DISPUTED_PHONE_CLASSES: ReadonlyArray<ValueClass<string>> = [
  {
    name: 'E.164 shape, no such country code (validators disagree)',
    arbitrary: draws.map(([draw, digits]) => `+${pick(outsideEveryPlan().unassignedCodes, draw)}${digits.slice(0, 8).join('')}`),
    holds: (value) => e164Shaped(value) && !isInSomePlan(value) && !hasCallingCode(value),
  },
  {
    name: 'E.164 shape, longer than its plan allows (validators disagree)',
    arbitrary: draws
      .map(([draw, digits]) => {
        const plan = pick(outsideEveryPlan().oneDigitShort, draw);
        return `+${plan.callingCode}${numberOnPath(digits, plan.path)}${digits.at(-1) ?? 0}`;
      })
      .filter(refusedByLibphonenumber),
    holds: (value) =>
      e164Shaped(value) && !isInSomePlan(value) && !hasALengthItsCodeUses(value) && isInSomePlan(value.slice(0, -1)) && refusedByLibphonenumber(value),
  },
  {
    name: 'E.164 shape, in no range of its plan (validators disagree)',
    arbitrary: draws
      .map(([draw, digits]) => {
        // The drawn slot, or the next one that has a refused first digit (most have one).
        const slots = outsideEveryPlan().refusalSlots;
        for (let k = 0; k < slots.length; k++) {
          const { callingCode, length } = pick(slots, draw + k);
          const digit = refusedFirstDigit(callingCode, length);
          if (digit !== undefined) return `+${callingCode}${digit}${digits.slice(0, length - 1).join('')}`;
        }
        return '+0';
      })
      .filter(refusedByLibphonenumber),
    holds: (value) =>
      e164Shaped(value) &&
      !isInSomePlan(value) &&
      [1, 2, 3].some(
        (n) => isRefusalSlot(value.slice(1, 1 + n), value.length - 1 - n) && refusedFirstDigit(value.slice(1, 1 + n), value.length - 1 - n) === value[1 + n],
      ) &&
      refusedByLibphonenumber(value),
  },
];
