import { expect, test } from '@playwright/test';
import { CREATED, isPost } from '../_support/faultAnswers.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
import { runConformance, targetEnv } from '../_support/runConformance.ts';
import { DEFAULT_SERVER_CHOICES } from '../../spec/latitude.ts';

// An ANSI escape, or the carriage return that rewrites a terminal line: neither belongs in a CI log.
const TERMINAL_CONTROL = new RegExp(`[${String.fromCharCode(0x1b)}\r]`);

test('piped (a CI log): the run prints no ANSI escape and no carriage return, errors and warnings named, progress records never shown raw', async () => {
  // Valid JSON creates answered 200 (errors); a body sent without its JSON media type read anyway (a warning).
  const server = await startFaultyServer(
    async (request, correct) => {
      const created = await correct();
      const json = String(request.headers['content-type'] ?? '').startsWith('application/json');
      return isPost(request) && json && created.status === 201 ? { ...CREATED, status: 200 } : created;
    },
    { emulator: { choices: { ...DEFAULT_SERVER_CHOICES, requestMediaType: 'lenient' } } },
  );
  try {
    // No NO_COLOR here (the helper drops the caller's): the pipe alone must keep the output plain.
    const run = await runConformance({ ...targetEnv(server.url), CONFORMANCE_RUNS: '5' }, [
      '-g',
      'valid requests with fresh identities|wrong or missing Content-Type',
    ]);
    expect(run.exitCode, run.output).toBe(1);
    expect(run.output).not.toMatch(TERMINAL_CONTROL);
    expect(run.output).not.toContain('@@conformance-progress');
    expect(run.output).toMatch(/^ {2}✘ validRequests\.spec\.ts › valid requests with fresh identities are created \(/m);
    expect(run.output).toMatch(/^ {2}\d+ error findings? from [a-z_, ]*positive_acceptance[a-z_, ]*; \d+ warnings? from [a-z_, ]*\S/m);
    expect(run.output).toMatch(/^ {2}1 passed, 1 failed \(/m);
  } finally {
    await server.close();
  }
});
