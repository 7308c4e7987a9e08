import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBaseline, type Baseline } from '../../config/baseline.ts';
import type { ConformanceSummary, SummaryFinding } from '../../vocabulary/ConformanceSummary.ts';
import { applyBaseline, type BaselineRun } from '../../reporter/_internals/applyBaseline.ts';
import { updatedBaseline } from '../../reporter/updatedBaseline.ts';
import { scratchDir } from '../_support/scratchDir.ts';

const finding = (check: string, status: number, property: string, family = 'valid/realistic', severity: SummaryFinding['severity'] = 'error') =>
  ({
    key: `${check}|${severity}|${status}|-|${family}`,
    check,
    severity,
    status,
    code: undefined,
    family,
    message: `${check} says`,
    properties: [property],
  }) as unknown as SummaryFinding;

const RUN: BaselineRun = {
  failOn: 'error',
  propertiesRun: new Set(['valid-realistic', 'conflicts']),
  checksExercised: new Set(['response_schema', 'conflict', 'status_documented']),
  today: '2026-06-15',
};

const baseline = (...entries: Baseline['entries']): Baseline => ({ path: 'b.json', entries });

test('a finding a live entry accepts is known; one of an expired entry fails again; one with no entry is new; notes are no business of the baseline', () => {
  const findings = [
    finding('response_schema', 201, 'valid-realistic'),
    finding('response_schema', 201, 'valid-realistic', 'valid/minimal'),
    finding('conflict', 201, 'conflicts'),
    finding('status_documented', 200, 'valid-realistic'),
    finding('auth', 401, 'auth', 'auth/no-token', 'note'),
  ];
  const { findings: marked, summary } = applyBaseline(
    findings,
    baseline(
      { key: 'response_schema|error|201|-|valid-realistic', reason: 'numeric ids, PLAT-1', expires: '2026-06-15' },
      { key: 'conflict|error|201|-|conflicts', reason: 'promised by May', expires: '2026-05-31' },
    ),
    RUN,
  );
  // One entry accepts the fault in every case family that shows it: the key has no family.
  expect(marked.map((f) => f.baseline?.status)).toEqual(['known', 'known', 'expired', 'new', undefined]);
  expect(marked[0]!.baseline).toEqual({ status: 'known', reason: 'numeric ids, PLAT-1', expires: '2026-06-15' });
  expect(summary).toMatchObject({ known: 2, expired: 1, new: 1, fixed: [], notChecked: 0 });
});

test('an entry no finding matched is fixed only where the run could have shown it; otherwise not checked', () => {
  const { summary } = applyBaseline(
    [],
    baseline(
      { key: 'conflict|error|201|-|conflicts', reason: 'r1' },
      { key: 'conflict|error|201|-|model-run', reason: 'r2' },
      { key: 'response_time|warning|201|-|valid-realistic', reason: 'r3' },
    ),
    RUN,
  );
  expect(summary.fixed).toEqual([{ key: 'conflict|error|201|-|conflicts', reason: 'r1' }]);
  expect(summary.notChecked).toBe(2);
});

test('--update-baseline keeps each entry’s reason and expiry, adds one per new key, drops the fixed, keeps what it could not check', () => {
  const summary = {
    run: { metadata: { failOn: 'error', runId: 'r1' } },
    findings: [
      finding('response_schema', 201, 'valid-realistic'),
      finding('response_schema', 201, 'valid-realistic', 'valid/minimal'),
      finding('conflict', 201, 'conflicts'),
    ],
    baseline: { fixed: [{ key: 'status_documented|error|200|-|valid-realistic', reason: 'gone' }] },
  } as unknown as ConformanceSummary;
  const previous = baseline(
    { key: 'response_schema|error|201|-|valid-realistic', reason: 'PLAT-1', expires: '2027-01-01' },
    { key: 'status_documented|error|200|-|valid-realistic', reason: 'gone' },
    { key: 'conflict|error|409|-|model-run', reason: 'not run today' },
  );
  const updated = updatedBaseline(summary, previous, '2026-06-15');
  expect(updated.entries.map((e) => [e.key, e.reason, e.expires])).toEqual([
    ['conflict|error|201|-|conflicts', 'accepted by --update-baseline on 2026-06-15 (run r1): say why', undefined],
    ['conflict|error|409|-|model-run', 'not run today', undefined],
    ['response_schema|error|201|-|valid-realistic', 'PLAT-1', '2027-01-01'],
  ]);
  expect([updated.added, updated.kept, updated.removed]).toEqual([1, 2, 1]);
});

test('a baseline that does not parse, or whose entries are wrong, is one line per problem', () => {
  const folder = scratchDir('baseline');
  const file = (name: string, text: string) => {
    writeFileSync(join(folder, name), text);
    return join(folder, name);
  };
  const checks = ['conflict', 'response_schema'];
  expect(() => readBaseline(file('broken.json', '{ "findings": [ '), checks)).toThrow(/broken\.json: cannot read it as a baseline/);
  expect(() => readBaseline(file('other.json', '{ "rules": [] }'), checks)).toThrow('not a baseline: expected { "baselineFormat": 1, "findings": [ … ] }');
  const entries = [
    { key: 'conflict|error|201|-|conflicts', reason: 'fine' },
    { key: 'conflikt|error|201|-|conflicts', reason: 'typo' },
    { key: 'conflict', reason: 'no key form' },
    { key: 'conflict|error|201|-|conflicts', reason: ' ', expires: '31/12/2026', note: 'x' },
  ];
  let message = '';
  try {
    readBaseline(file('entries.json', JSON.stringify({ baselineFormat: 1, findings: entries })), checks, { named: '--baseline entries.json' });
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message.split('\n')).toEqual([
    '--baseline entries.json: entry 2: "key" names the check "conflikt", which this run does not have.',
    '--baseline entries.json: entry 3: "key" "conflict" is not a finding key (check|severity|status|code|property, as the reports print it).',
    '--baseline entries.json: entry 4: unknown field "note" (an entry has key, reason, expires, message).',
    '--baseline entries.json: entry 4: "reason" is missing: say why the finding is accepted.',
    '--baseline entries.json: entry 4: "expires" "31/12/2026" is not a date (YYYY-MM-DD).',
  ]);
  expect(readBaseline(join(folder, 'absent.json'), checks, { mayBeMissing: true }).entries).toEqual([]);
});
