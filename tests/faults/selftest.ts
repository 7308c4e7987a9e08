import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadReportDir } from '../../config/suiteConfig.ts';
import { FAULT_CATALOGUE, type CataloguedFault } from './faultCatalogue.ts';
import { DETECTION_SAMPLE_RUNS, detect, drawnServer, sampleServerSeed, smallestCatchingBudget } from './measureDetection.ts';
import { FALSE_ALARM_RUNS, falseAlarmsOn, searchFalseAlarms, singleChoiceServers } from './searchFalseAlarms.ts';
import { describeChoices } from './serverChoicesArbitrary.ts';

// `npm run selftest [-- --servers N --draws N --seed N]`: the suite against every catalogued
// fault, each injected into several drawn legitimate servers (detection), and against every
// single latitude choice plus N drawn combinations of them (false alarms). Writes
// reports/selftest.md; exits 1 on a missed fault or a false alarm.
// `npm run selftest -- --budgets`: instead, for each fault, the smallest budget at which `npm test`'s
// fixed detection sample (tests/integration/faults.detection.spec.ts, same servers and seeds) catches
// it, to set the catalogue's `sampleRuns` from a measurement.
const { values } = parseArgs({
  options: {
    servers: { type: 'string', default: '200' },
    draws: { type: 'string', default: '3' },
    seed: { type: 'string', default: '2026' },
    budgets: { type: 'boolean', default: false },
  },
});
const [servers, draws, seed] = [Number(values.servers), Number(values.draws), Number(values.seed)];
const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;

if (values.budgets) {
  const ladder = [2, 5, 10, 20, DETECTION_SAMPLE_RUNS, 100];
  let exitCode = 0;
  for (const [index, [name, entry]] of Object.entries(FAULT_CATALOGUE).entries()) {
    const smallest = await smallestCatchingBudget(entry, drawnServer(sampleServerSeed(index)), ladder);
    if (smallest === undefined) exitCode = 1;
    const declared = (entry as CataloguedFault).sampleRuns ?? DETECTION_SAMPLE_RUNS;
    console.log(`${name}\tcaught from ${smallest ?? `NEVER (up to ${ladder.at(-1)})`}\tsample runs ${declared}\t[${elapsed()}]`);
  }
  process.exit(exitCode);
}

const rows: Array<{ name: string; caughtBy: string; fired: string[]; missedOn: string[] }> = [];
for (const [index, [name, entry]] of Object.entries(FAULT_CATALOGUE).entries()) {
  const fired = new Set<string>();
  const missedOn: string[] = [];
  for (let draw = 0; draw < draws; draw++) {
    const server = drawnServer(seed * 1000 + index * draws + draw);
    const checks = (await detect(entry, server)).map((f) => f.check);
    checks.forEach((c) => fired.add(c));
    if (!checks.includes(entry.caughtBy)) missedOn.push(describeChoices(server));
  }
  rows.push({ name, caughtBy: entry.caughtBy, fired: [...fired].sort(), missedOn });
  process.stderr.write(`[${elapsed()}] fault ${name}: ${missedOn.length === 0 ? `caught on ${draws} drawn servers` : `MISSED on ${missedOn.length}`}\n`);
}

const singles: Array<[string, string[]]> = [];
for (const { name, choices } of singleChoiceServers()) singles.push([name, await falseAlarmsOn(choices, seed)]);
process.stderr.write(`[${elapsed()}] ${singles.length} single-choice servers done; drawing ${servers} combinations\n`);
const search = await searchFalseAlarms(servers, seed, (n) => {
  if (n % 25 === 0) process.stderr.write(`[${elapsed()}] ${n} of ${servers} drawn servers\n`);
});

const checks = [...new Set(rows.flatMap((r) => [r.caughtBy, ...r.fired]))].sort();
const cell = (row: (typeof rows)[number], check: string) =>
  check === row.caughtBy ? (row.missedOn.length === 0 ? '**✔**' : `**MISSED ${row.missedOn.length}/${draws}**`) : row.fired.includes(check) ? '·' : '';
const missed = rows.filter((r) => r.missedOn.length > 0);
const singleAlarms = singles.filter(([, a]) => a.length > 0);
const markdown = [
  '# Self-test: the suite against faulty and legitimate servers',
  '',
  `Seed ${seed}. Took ${elapsed()}.`,
  '',
  `Detection: ${rows.length - missed.length} of ${rows.length} faults caught by their declared check on each of ${draws} drawn legitimate servers (default budget).`,
  `False alarms: ${singleAlarms.length} of ${singles.length} single-choice servers; ${search.falseAlarm ? 1 : 0} in ${search.servers} drawn combinations of choices (CONFORMANCE_RUNS=${FALSE_ALARM_RUNS}).`,
  '',
  '**✔** = the declared check reported an error on every drawn server; · = another check reported an error too; **MISSED** = the declared check did not, on that many servers.',
  '',
  `| fault | ${checks.join(' | ')} |`,
  `|---|${checks.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.name} | ${checks.map((c) => cell(r, c)).join(' | ')} |`),
  '',
  ...missed.flatMap((r) => [`- ${r.name} missed on: ${r.missedOn.join('; ')}`]),
  '',
  '## Single latitude choices',
  '',
  '| server | error findings |',
  '|---|---|',
  ...singles.map(([name, a]) => `| ${name} | ${a.length === 0 ? 'none' : a.join('<br>')} |`),
  '',
  '## Drawn combinations',
  '',
  search.falseAlarm
    ? `False alarm, shrunk to the smallest combination: ${search.falseAlarm.server} (suite seed ${search.falseAlarm.suiteSeed}):\n\n${search.falseAlarm.alarms.map((a) => `- ${a}`).join('\n')}`
    : `${search.servers} combinations drawn, none with an error finding.`,
  '',
].join('\n');
const dir = loadReportDir();
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'selftest.md'), markdown);
console.log(markdown);
console.log(`written to ${join(dir, 'selftest.md')}`);
process.exit(missed.length > 0 || singleAlarms.length > 0 || search.falseAlarm ? 1 : 0);
