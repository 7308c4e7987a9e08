import { expect, test } from '@playwright/test';
import { frameworkServerErrors } from '../faults/frameworkServerFindings.ts';
import { FRAMEWORK_SERVERS } from '../frameworkServers/frameworkServers.ts';

// The fixed sample of `npm run selftest`'s framework section: servers teams build, on real
// frameworks with the validators real services use. 5 seeds at CONFORMANCE_RUNS=200 there; one here.
const SEED = 1;
const RUNS = 20;

for (const server of FRAMEWORK_SERVERS) {
  test(`no error finding against a conformant server on ${server.framework} (${server.name}, seed ${SEED})`, async () => {
    expect(await frameworkServerErrors(server, 'conformant', SEED, RUNS)).toEqual([]);
  });

  test(`the ${server.name} server with the framework's defaults left in place: errors found, every one a framework answer`, async () => {
    const errors = await frameworkServerErrors(server, 'defaults', SEED, RUNS);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) for (const answer of error.answers) expect(answer, `${error.check}: ${error.example}`).toMatch(server.frameworkAnswers);
  });
}
