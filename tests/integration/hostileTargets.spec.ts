import { expect, test } from '@playwright/test';
import { formatFindings } from '../../reporter/_internals/formatFindings.ts';
import { DEFAULT_PROFILE } from '../../config/profile.ts';
import { loadedSuiteProperties } from '../../runner/properties/loadedSuiteProperties.ts';
import { HOSTILE, hostileServer } from '../_support/hostileTargets.ts';
import { runProperty } from '../_support/runProperty.ts';
import { specOperation } from '../_support/specFixture.ts';

// One property is enough: these are transport behaviours, the same for every request.
const validRequests = (await loadedSuiteProperties({ operation: specOperation(), profile: DEFAULT_PROFILE })).find(
  (p) => p.group === 'validRequests',
)!.definition;

for (const hostile of HOSTILE) {
  test(`hostile target, in process: ${hostile.name}`, async () => {
    const server = await hostileServer(hostile.behave);
    try {
      const report = await runProperty(validRequests, server.url, { runs: 6, shrink: false, env: { CONFORMANCE_TIMEOUT_MS: hostile.timeoutMs ?? '700' } });
      // What the console prints of each finding, as the command would show it.
      const seen = formatFindings(report.findings);
      for (const pattern of hostile.expect) expect(seen).toMatch(pattern);
      const errors = report.findings.filter((f) => f.severity === 'error').length;
      expect(errors > 0 ? 1 : 0, seen).toBe(hostile.exitCode ?? 1);
    } finally {
      server.close();
    }
  });
}
