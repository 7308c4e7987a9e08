import { allChecks } from './allChecks.ts';
import type { Check, CheckInput } from './Check.ts';
import type { Finding } from '../vocabulary/Finding.ts';
import { errorFields } from './errorBody.ts';

/** The outcome of all applicable checks on one exchange. */
export interface CheckResults {
  /** Ids of the checks that applied (each counts one case for that check). */
  readonly applied: readonly string[];
  readonly findings: readonly Finding[];
}

/** Runs every applicable check of the catalogue on one exchange. */
export function runChecks(input: CheckInput, checks: readonly Check[] = allChecks): CheckResults {
  const { code } = errorFields(input.response);
  const applied: string[] = [];
  const findings: Finding[] = [];
  for (const check of checks) {
    if (!check.appliesTo(input)) continue;
    applied.push(check.id);
    for (const violation of check.verify(input)) {
      findings.push({
        ...violation,
        check: check.id,
        family: input.testCase.family,
        status: input.response?.status,
        code,
      });
    }
  }
  for (const check of checks) if (applied.includes(check.id)) check.observe?.(input);
  return { applied, findings };
}
