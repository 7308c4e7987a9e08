import { expect, test } from '@playwright/test';
import { conflictProperty } from '../../runner/properties/conflictProperty.ts';
import { runProperty } from '../_support/runProperty.ts';
import { startEmulator } from '../_support/startEmulator.ts';

// Loading the profile and the curl lines are in tests/unit/semantics.profileAndCurl.spec.ts.

test('profile: duplicateIdCodes is what a reused id is held to (the emulator answers conflict)', async () => {
  const emulator = await startEmulator();
  try {
    const report = await runProperty(conflictProperty, emulator.url, { runs: 60, profile: { duplicateIdCodes: ['id_already_in_use'] } });
    const finding = report.findings.find((f) => f.check === 'conflict' && f.family === 'conflict/id')!;
    expect(finding.severity).toBe('error');
    expect(finding.message).toContain('must be 409 id_already_in_use, got 409 conflict');
  } finally {
    await emulator.close();
  }
});
