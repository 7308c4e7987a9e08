import { allChecks } from '../../checks/allChecks.ts';
import type { RunContext } from '../../reporter/summarizeRun.ts';
import { specOperation } from './specFixture.ts';

/**
 * What the reporter knows besides the tests, for summaries built in tests: the spec, the catalogue,
 * a fixed clock. `overrides` replace what a test is about (its clock, its documented outcomes).
 */
export function runContext(overrides: Partial<RunContext> = {}): RunContext {
  const operation = specOperation();
  return {
    operation: 'POST /v2/session/apps/{appID}/users',
    documented: operation,
    specSha256: operation.spec.sha256,
    checkCatalogue: allChecks,
    startedAt: new Date('2025-01-01T00:00:00Z'),
    durationMs: 1500,
    ...overrides,
  };
}
