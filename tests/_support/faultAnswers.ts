import type { Fault, FaultAnswer, FaultRequest, RequestJson } from './faultyServer.ts';

/** Building blocks of faults: an answer, a conditional deviation, what a request or answer says. */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}): FaultAnswer => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
export const CREATED = json(201, { id: 'usr_01jqebhswje1ka1z7ahr9rfsgt' });
export const isPost = (r: FaultRequest) => r.method === 'POST';
/** A fault that answers `answer` when `when` holds, and correctly otherwise. */
export const faultWhen =
  (when: (r: FaultRequest) => boolean, answer: (r: FaultRequest) => FaultAnswer | Promise<FaultAnswer>): Fault =>
  (request, correct) =>
    when(request) ? answer(request) : correct();
/** A fault that rewrites the correct answer (e.g. its status, body or headers). */
export const rewrite =
  (change: (a: FaultAnswer, r: FaultRequest) => FaultAnswer): Fault =>
  async (request, correct) =>
    change(await correct(), request);
export const codePoints = (v: unknown) => (typeof v === 'string' ? [...v].length : 0);
export const bodyOf = (a: FaultAnswer): RequestJson | undefined => {
  try {
    return JSON.parse(a.body) as RequestJson;
  } catch {
    return undefined;
  }
};
/**
 * Several faults on one server: the first sees each request first, and what it asks the correct
 * server goes through the next one, and so on. For a black-box run that meets several catalogued
 * faults at once (one spawn of the real command instead of one per fault).
 */
export const composeFaults = (...faults: readonly Fault[]): Fault =>
  faults.reduceRight<Fault>(
    (inner, outer) => (request, correct) =>
      outer(request, async (override) => {
        const answer = await inner(request, (innerOverride) =>
          correct({ ...override, ...innerOverride, headers: { ...override?.headers, ...innerOverride?.headers } }),
        );
        if (answer === 'drop') throw new Error('a composed fault dropped the connection');
        return answer;
      }),
    (_request, correct) => correct(),
  );
