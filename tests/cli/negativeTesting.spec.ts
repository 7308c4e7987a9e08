import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SERVER_CHOICES } from '../../spec/latitude.ts';
import { composeFaults } from '../_support/faultAnswers.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
import { readRunReport } from '../_support/readRunReport.ts';
import { runConformance, runProcess, targetEnv } from '../_support/runConformance.ts';
import { scratchDir } from '../_support/scratchDir.ts';
import { FAULT_CATALOGUE } from '../faults/faultCatalogue.ts';

// An ANSI escape, or the carriage return that rewrites a terminal line: neither belongs in a CI log.
const TERMINAL_CONTROL = new RegExp(`[${String.fromCharCode(0x1b)}\r]`);

/** The replay lines of a run's output, whole, and the -g argument each one sets. */
function replays(output: string): Array<{ line: string; grep: string }> {
  return [...output.matchAll(/^ {2}replay: +(.*npx playwright test -c playwright\.config\.ts -g '((?:[^']|'\\'')*)')$/gm)].map(([, line, grep]) => ({
    line: line!,
    grep: grep!.replaceAll("'\\''", "'"),
  }));
}

// One failing run of the real command, piped as in CI, and every printed replay run verbatim by a shell.
test('a failing run, end to end: still-invalid shrunk counterexamples, a plain CI log, three reports, and a printed replay line per property, run verbatim, that finds its failure again in one case', async () => {
  // A body without identifiers is accepted, lengths are counted in UTF-16 units (errors), and a body
  // sent without its JSON media type is read anyway (a lenient choice the spec allows: a warning).
  const server = await startFaultyServer(composeFaults(FAULT_CATALOGUE.acceptsMissingIdentifiers.fault(), FAULT_CATALOGUE.countsUtf16Units.fault()), {
    emulator: { choices: { ...DEFAULT_SERVER_CHOICES, requestMediaType: 'lenient' } },
  });
  try {
    const env = { ...targetEnv(server.url), CONFORMANCE_RUNS: '30' };
    // No NO_COLOR here (the helper drops the caller's): the pipe alone must keep the output plain.
    const run = await runConformance(env, ['-g', 'missing required properties|boundary values|wrong or missing Content-Type']);
    expect(run.exitCode, run.output).toBe(1);
    expect(run.output).toContain('✖ negative_rejection (error) in negative/required: an invalid request (required:/identifiers) was accepted with 201');
    expect(run.output).toContain('counterexample shrunk');
    expect(run.output).toMatch(/request: +POST \S+ \(X-Request-ID: [0-9a-f-]{36}; trace [0-9a-f]{32}\)\n +\{\}\n/);
    expect(run.output).toContain('✖ positive_acceptance (error) in boundary/length');
    expect(run.output).toContain('fixed case, reproduced when sent again');

    // The console as a CI log shows it.
    expect(run.output).not.toMatch(TERMINAL_CONTROL);
    expect(run.output).not.toContain('@@conformance-progress');
    expect(run.output).toMatch(/^ {2}✘ negativeRequests\.spec\.ts › invalid requests are rejected: missing required properties \(/m);
    expect(run.output).toMatch(/^ {2}\d+ error findings? from [a-z_, ]*negative_rejection[a-z_, ]*; \d+ warnings? from [a-z_, ]*\S/m);
    expect(run.output).toMatch(/^ {2}1 passed, 2 failed \(/m);

    // The three reports, the Markdown summary carrying each finding's replay.
    for (const file of ['conformance.json', 'conformance.md', 'conformance.html']) expect(existsSync(join(run.reportDir, file)), file).toBe(true);
    const summary = readRunReport(run.reportDir);
    const markdown = readFileSync(join(run.reportDir, 'conformance.md'), 'utf8');
    for (const finding of summary.findings.filter((f) => f.severity === 'error')) expect(markdown).toContain(finding.replay.command);

    const found = replays(run.output);
    expect([...new Set(found.map((r) => r.grep))].sort()).toEqual([
      'boundary values: valid ones are created, invalid ones rejected',
      'invalid requests are rejected: missing required properties',
    ]);
    // One printed line per property replayed: each line of a property is the same command but for its path.
    const onePerProperty = found.filter((replay, i) => found.findIndex((other) => other.grep === replay.grep) === i);
    for (const replay of onePerProperty) {
      // Verbatim, by a shell, where the run was started, with the run's target variables in the environment.
      const replayDir = scratchDir('replay');
      const again = await runProcess('sh', ['-c', replay.line], { ...env, CONFORMANCE_REPORT_DIR: replayDir });
      expect(again.exitCode, again.output).toBe(1);
      expect(again.output).toContain('1 error finding in 1 case: ');
      const replayed = readRunReport(replayDir);
      expect(replayed.totals).toMatchObject({ properties: 1, cases: 1 });
      expect(replayed.run.seed).toBe(summary.run.seed);
    }
  } finally {
    await server.close();
  }
});
