import type { Check } from './Check.ts';

/** Advisory: a response slower than the profile's budget (the spec sets none, so a warning). */
export const responseTime: Check = {
  id: 'response_time',
  description: "The response arrives within the profile's time budget (warning).",
  severity: 'warning',
  source: "the profile's responseTimeBudgetMs",
  explanation: "the answer came within the profile's budget",
  appliesTo: ({ response }) => response !== undefined,
  verify: ({ exchange, profile }) =>
    exchange.elapsedMs > profile.responseTimeBudgetMs
      ? [{ severity: 'warning', message: `answered in ${Math.round(exchange.elapsedMs)} ms, over the ${profile.responseTimeBudgetMs} ms budget.` }]
      : [],
};
