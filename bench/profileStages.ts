import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cpuProfileStages, STAGES } from './_internals/cpuProfileStages.ts';

/**
 * `node --import tsx bench/profileStages.ts <profile or folder of profiles> [[fromMs:]untilMs]`: where each
 * `node --cpu-prof` profile's time went by stage (generation, freshening, validation, checks,
 * transport, recording, reporting, Playwright, module loading, GC), as ms and share of busy time.
 * `untilMs` keeps only the first milliseconds of each profile (start-up); `fromMs:untilMs` (either
 * side may be empty) keeps a window, e.g. `2000:` for all but the first two seconds (module loading).
 */
function main(): void {
  const [target, range = ''] = process.argv.slice(2);
  if (target === undefined) throw new Error('usage: bench/profileStages.ts <file.cpuprofile | folder> [[fromMs:]untilMs]');
  const [from, until] = range.includes(':') ? range.split(':') : ['', range];
  const window = { ...(from ? { fromMs: Number(from) } : {}), ...(until ? { untilMs: Number(until) } : {}) };
  const files = target.endsWith('.cpuprofile')
    ? [target]
    : readdirSync(target)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => join(target, f));
  for (const file of files) {
    const profile = cpuProfileStages(file, window);
    console.log(`${file}: ${Math.round(profile.totalMs)} ms sampled, ${Math.round(profile.busyMs)} ms busy`);
    for (const stage of STAGES) {
      const { ms, busyShare } = profile.byStage[stage];
      if (ms >= 1)
        console.log(
          `  ${stage.padEnd(20)} ${String(Math.round(ms)).padStart(7)} ms ${stage === 'idle' ? '' : `${(busyShare * 100).toFixed(1).padStart(5)} %`}`,
        );
    }
  }
}

main();
