import type { Fault } from './faultyServer.ts';

/**
 * A deterministic fault: a 201 for a request whose first identifier is an email gets a body
 * whose `id` is a number. Which cases fail depends only on the generated case, so two runs of
 * one seed (sharded or not, replayed or not) see the same findings.
 */
export const wrongBodyForEmails: Fault = async (request, correct) => {
  const answer = await correct();
  const identifiers = request.json?.identifiers;
  const firstType = Array.isArray(identifiers) ? (identifiers[0] as { type?: unknown } | null | undefined)?.type : undefined;
  return answer.status === 201 && firstType === 'email_address' ? { ...answer, body: JSON.stringify({ id: 12345 }) } : answer;
};
