import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReportDir } from '../../config/suiteConfig.ts';
import { CORRECT_VARIANTS } from './correctVariants.ts';
import { FAULT_CATALOGUE } from './faultCatalogue.ts';
import { detect, FALSE_ALARM_RUNS, FALSE_ALARM_SEEDS, falseAlarms } from './measureSuite.ts';

// `npm run selftest`: the suite against every catalogued fault (detection matrix) and every
// correct variant (false alarms); writes reports/selftest.md; exit 1 on a miss or a false alarm.
const started = Date.now();
const rows: Array<{ name: string; caughtBy: string; fired: string[] }> = [];
for (const [name, entry] of Object.entries(FAULT_CATALOGUE)) {
  rows.push({ name, caughtBy: entry.caughtBy, fired: (await detect(entry)).map((f) => f.check) });
  process.stderr.write(`fault ${name}: ${rows.at(-1)!.fired.join(', ')}\n`);
}
const alarms: Array<[string, string[]]> = [];
for (const [name, variant] of Object.entries(CORRECT_VARIANTS)) alarms.push([name, await falseAlarms(variant)]);

const checks = [...new Set(rows.flatMap((r) => [r.caughtBy, ...r.fired]))].sort();
const cell = (row: (typeof rows)[number], check: string) =>
  row.fired.includes(check) ? (check === row.caughtBy ? '**✔**' : '·') : check === row.caughtBy ? '**MISSED**' : '';
const missed = rows.filter((r) => !r.fired.includes(r.caughtBy));
const falseAlarmCount = alarms.reduce((n, [, a]) => n + a.length, 0);
const markdown = [
  '# Self-test: the suite against faulty and correct servers', '',
  `Detection: ${rows.length - missed.length} of ${rows.length} faults caught by their declared check (default budget). `
    + `False alarms: ${falseAlarmCount} over ${Object.keys(CORRECT_VARIANTS).length} correct variants × ${FALSE_ALARM_SEEDS.length} seeds (CONFORMANCE_RUNS=${FALSE_ALARM_RUNS}). `
    + `Took ${Math.round((Date.now() - started) / 1000)} s.`, '',
  '**✔** = the declared check reported an error; · = another check reported an error too; **MISSED** = the declared check did not.', '',
  `| fault | ${checks.join(' | ')} |`, `|---|${checks.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.name} | ${checks.map((c) => cell(r, c)).join(' | ')} |`), '',
  '## Correct variants', '', '| variant | error findings |', '|---|---|',
  ...alarms.map(([name, a]) => `| ${name} | ${a.length === 0 ? 'none' : a.join('<br>')} |`), '',
].join('\n');
const dir = loadReportDir();
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'selftest.md'), markdown);
console.log(markdown);
console.log(`written to ${join(dir, 'selftest.md')}`);
process.exit(missed.length > 0 || falseAlarmCount > 0 ? 1 : 0);
