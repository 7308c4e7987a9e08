// An example checks module (docs/custom-checks.md): a latency budget of a team's own, for creates only.
import type { Check } from '../../checks/Check.ts';

const BUDGET_MS = 300;

/**
 * The built-in `response_time` applies one budget (the profile's) to every answer; a team whose
 * clients wait on sign-up may want a tighter one for successful creates alone. The spec sets no
 * latency, so the finding is a warning: it shows in the reports without failing the run.
 */
export const checks: readonly Check[] = [
  {
    id: 'created_within_300_ms',
    description: `Every 201 answers within ${BUDGET_MS} ms (warning).`,
    severity: 'warning',
    source: "the team's own budget for sign-up (the spec sets none)",
    explanation: `a create that succeeds is answered within ${BUDGET_MS} ms`,
    appliesTo: ({ response, operation }) => response?.status === operation.successStatus,
    verify: ({ exchange }) =>
      exchange.elapsedMs <= BUDGET_MS
        ? []
        : [{ severity: 'warning', message: `a 201 took ${Math.round(exchange.elapsedMs)} ms, over the ${BUDGET_MS} ms budget.` }],
  },
];
