import { checksModuleShown, loadCustomChecks } from '../checks/customChecks.ts';
import { ConfigError } from '../config/ConfigError.ts';
import { loadProfile } from '../config/profile.ts';
import { bothNames } from '../config/settings.ts';
import { pinFetchedSpec, shareRunIdentity } from '../config/sharedWithWorkers.ts';
import { loadSuiteConfig, type SuiteConfig } from '../config/suiteConfig.ts';
import { SpecError } from '../spec/SpecError.ts';
import { preflight } from './preflight.ts';
import { TargetError } from './TargetError.ts';
import { runSelection, severityChangesText } from './runSelection.ts';
import { readBaseline, stillAccepted, today, type Baseline } from '../config/baseline.ts';
import { allChecks } from '../checks/allChecks.ts';
import { sharedOperation } from '../spec/sharedOperation.ts';
import { EXIT_CODES } from '../vocabulary/exitCodes.ts';

/** What a start-up problem is called in its lines, by its class: the first class it is an instance of. */
const START_UP_ERRORS: ReadonlyArray<readonly [new (...args: never[]) => Error, string]> = [
  [SpecError, 'spec'],
  [TargetError, 'target'],
  [ConfigError, 'configuration'],
];

/**
 * Called from playwright.config.ts in the runner, before Playwright starts anything (workers call
 * `prepareWorker`): pins the run's seed and id for the workers, validates the configuration, the spec and the profile, and (for an external
 * target) probes it. A problem ends the run here with one clear line and exit code 2, not with a
 * failure in every test.
 */
export async function prepareRun(): Promise<SuiteConfig> {
  try {
    shareRunIdentity();
    const fetched = await pinFetchedSpec(loadSuiteConfig());
    const config = loadSuiteConfig();
    const operation = sharedOperation(config.specPath);
    const profile = loadProfile(config.profilePath, config.profileNamed);
    const custom = await loadCustomChecks(config.checksModulePath);
    const selection = runSelection(config.selection, custom, { ...profile.severity, ...config.severity });
    const baseline =
      config.baselinePath === undefined
        ? undefined
        : readBaseline(
            config.baselinePath,
            [...allChecks, ...custom].map((c) => c.id),
            { named: config.baselineNamed, mayBeMissing: config.updateBaseline },
          );
    if (!config.dryRun) await preflight(config, operation);
    const target = config.target.kind === 'emulator' ? 'the embedded emulator' : config.target.baseUrl;
    console.log(`Create-user conformance: run ${config.runId}, seed ${config.seed}, ${config.runs} cases per property`);
    console.log(`  target: ${target}; spec: ${operation.title} ${operation.version} (sha256 ${operation.spec.sha256.slice(0, 12)})`);
    console.log(`  reproduce this run: CONFORMANCE_SEED=${config.seed}`);
    if (config.configFile) console.log(`  settings from ${config.configFile} (flags, variables and .env override it)`);
    if (fetched) console.log(`  spec fetched once from ${fetched} to ${config.specPath}; the whole run and its replays read that copy`);
    if (config.dryRun) console.log('  dry run: the planned cases are printed, nothing is sent');
    if (config.checksModulePath !== undefined)
      console.log(`  checks from ${checksModuleShown(config.checksModulePath)}: ${selection.custom.map((c) => c.id).join(', ')}`);
    if (selection.checksLeftOut.length > 0) console.log(`  checks left out by the selection: ${selection.checksLeftOut.join(', ')}`);
    if (selection.phasesLeftOut.length > 0) console.log(`  phases left out by the selection: ${selection.phasesLeftOut.join(', ')}`);
    if (baseline) console.log(`  baseline: ${baselineLine(baseline, config.updateBaseline)}`);
    if (selection.severityChanges.length > 0) console.log(`  severities changed: ${severityChangesText(selection.severityChanges)}`);
    if (config.reference) console.log(`  differential: every case is also sent to the reference ${config.reference.baseUrl} and the outcomes compared`);
    if (config.transport === 'sdk')
      console.log('  transport: the official SDK (@prelude.so/sdk) through a recording proxy; what it cannot express goes through fetch');
    if (config.target.disabledAppId === undefined) {
      console.log(`  ${bothNames('disabledAppId')} is not set: checks that need a disabled app are skipped.`);
    }
    return config;
  } catch (error) {
    const kind = START_UP_ERRORS.find(([type]) => error instanceof type)?.[1];
    if (kind === undefined) throw error;
    // One line per problem (e.g. several unknown variables), each saying what kind it is.
    for (const line of (error as Error).message.split('\n')) console.error(`conformance: ${kind} error: ${line}`);
    process.exit(EXIT_CODES.configuration);
  }
}

/** "conformance-baseline.json, 4 entries (1 expired: its findings fail again)", and what --update-baseline will do. */
function baselineLine(baseline: Baseline, updating: boolean): string {
  const expired = baseline.entries.filter((e) => !stillAccepted(e, today())).length;
  const accepted = `${baseline.entries.length} ${baseline.entries.length === 1 ? 'entry' : 'entries'}${expired > 0 ? ` (${expired} expired: ${expired === 1 ? 'its findings fail' : 'their findings fail'} again)` : ''}`;
  return `${baseline.path}, ${accepted}${updating ? '; --update-baseline writes it from this run' : ''}`;
}
