import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadReportDir } from '../../config/reportConfig.ts';
import { FAULT_CATALOGUE, type CataloguedFault } from './faultCatalogue.ts';
import { DETECTION_SAMPLE_RUNS, detect, drawnServer, faultServerSeed, smallestCatchingBudget } from './measureDetection.ts';
import { FALSE_ALARM_RUNS, falseAlarmsOn, searchFalseAlarms, singleChoiceServers } from './searchFalseAlarms.ts';
import { describeChoices } from './serverChoicesArbitrary.ts';
import { FRAMEWORK_SERVERS } from '../frameworkServers/frameworkServers.ts';
import { frameworkServerErrors } from './frameworkServerFindings.ts';

/** Cases per property against each framework-built server: the issue's bar for "no false alarm". */
const FRAMEWORK_RUNS = 200;

// `npm run selftest [-- --servers N --draws N --seed N --framework-seeds N]`: the suite against
// every catalogued fault, each injected into several drawn legitimate servers (detection), against
// every single latitude choice plus N drawn combinations of them (false alarms), and against the
// servers built on real frameworks (conformant: no error at any seed; with the framework's defaults
// left in place: only the framework's own answers found). Writes reports/selftest.md; exits 1 on a
// missed fault, a false alarm, or a framework finding that is not the framework's doing.
// `npm run selftest -- --budgets`: instead, for each fault, the smallest budget at which `npm test`'s
// fixed detection sample (tests/integration/faults.detection.spec.ts, same servers and seeds) catches
// it, to set the catalogue's `sampleRuns` from a measurement.
const { values } = parseArgs({
  options: {
    servers: { type: 'string', default: '200' },
    draws: { type: 'string', default: '3' },
    seed: { type: 'string', default: '2026' },
    budgets: { type: 'boolean', default: false },
    'framework-seeds': { type: 'string', default: '5' },
  },
});
const [servers, draws, seed] = [Number(values.servers), Number(values.draws), Number(values.seed)];
const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;

if (values.budgets) {
  const ladder = [2, 5, 10, 20, DETECTION_SAMPLE_RUNS, 100];
  let exitCode = 0;
  for (const [name, entry] of Object.entries(FAULT_CATALOGUE)) {
    const smallest = await smallestCatchingBudget(entry, drawnServer(faultServerSeed(name)), ladder);
    if (smallest === undefined) exitCode = 1;
    const declared = (entry as CataloguedFault).sampleRuns ?? DETECTION_SAMPLE_RUNS;
    console.log(`${name}\tcaught from ${smallest ?? `NEVER (up to ${ladder.at(-1)})`}\tsample runs ${declared}\t[${elapsed()}]`);
  }
  process.exit(exitCode);
}

const rows: Array<{ name: string; caughtBy: string; fired: string[]; missedOn: string[] }> = [];
for (const [name, entry] of Object.entries(FAULT_CATALOGUE)) {
  const fired = new Set<string>();
  const missedOn: string[] = [];
  for (let draw = 0; draw < draws; draw++) {
    const server = drawnServer(faultServerSeed(`${name} #${draw}`, seed));
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

const frameworkSeeds = Array.from({ length: Number(values['framework-seeds']) }, (_, i) => i + 1);
const frameworks: Array<{ name: string; framework: string; conformantErrors: string[]; defaultsErrors: string[]; notFramework: string[] }> = [];
for (const server of FRAMEWORK_SERVERS) {
  const conformantErrors: string[] = [];
  for (const frameworkSeed of frameworkSeeds) {
    for (const f of await frameworkServerErrors(server, 'conformant', frameworkSeed, FRAMEWORK_RUNS))
      conformantErrors.push(`seed ${frameworkSeed}: ${f.check}: ${f.example}`);
  }
  const defaults = await frameworkServerErrors(server, 'defaults', seed, FRAMEWORK_RUNS);
  frameworks.push({
    name: server.name,
    framework: server.framework,
    conformantErrors,
    defaultsErrors: defaults.map((f) => `${f.check} (${f.answers.join(', ')})`),
    notFramework: defaults.flatMap((f) => f.answers.filter((a) => !server.frameworkAnswers.test(a)).map((a) => `${f.check}: ${a}: ${f.example}`)),
  });
  process.stderr.write(`[${elapsed()}] ${server.name}: ${conformantErrors.length} error(s) on the conformant server over ${frameworkSeeds.length} seeds\n`);
}
const frameworkFaults = frameworks.filter((f) => f.conformantErrors.length > 0 || f.notFramework.length > 0);

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
  `Framework-built servers: ${frameworks.filter((f) => f.conformantErrors.length > 0).length} of ${frameworks.length} conformant ones with an error finding (seeds ${frameworkSeeds.join(', ')}, CONFORMANCE_RUNS=${FRAMEWORK_RUNS}); ${frameworks.filter((f) => f.notFramework.length > 0).length} defaults variants with a finding that is not the framework's own answer.`,
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
  '## Servers built on real frameworks',
  '',
  '| server | conformant: error findings | defaults left in place: error findings (answers) |',
  '|---|---|---|',
  ...frameworks.map(
    (f) =>
      `| ${f.name}: ${f.framework} | ${f.conformantErrors.length === 0 ? 'none' : f.conformantErrors.join('<br>')} | ${f.defaultsErrors.join('<br>') || 'none'} |`,
  ),
  ...frameworks.flatMap((f) => f.notFramework.map((n) => `- ${f.name} defaults, not the framework's answer: ${n}`)),
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
process.exit(missed.length > 0 || singleAlarms.length > 0 || search.falseAlarm || frameworkFaults.length > 0 ? 1 : 0);
