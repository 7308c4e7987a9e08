import { resolve } from 'node:path';
import { DEFAULT_SPEC_PATH } from '../spec/defaultSpecPath.ts';
import { settingReader, type SettingReader } from './_internals/settingReader.ts';
import { readConfigSources, type Env } from './configSources.ts';
import { consoleSettings, type ConsoleSettings } from './consoleSettings.ts';
import { isSpecUrl } from './fetchSpecOnce.ts';
import { recordFormats, type RecordFormat } from './recordFormats.ts';
import { setting } from './settings.ts';

/**
 * What the conformance reporter needs, and nothing more: it also runs in `merge-reports`, where the
 * target variables (and the token) are typically absent and must not be required.
 */
export interface ReportConfig {
  readonly reportDir: string;
  readonly specPath: string;
  /** GitHub Actions' job summary file; the Markdown report is appended to it when set. */
  readonly stepSummaryPath: string | undefined;
  /** What the workers recorded (`--record`), for the reporter to assemble. */
  readonly record: readonly RecordFormat[];
  /** The colour wishes of the environment, for the console (see `consoleMode`). */
  readonly console: ConsoleSettings;
  /** The baseline the run judged against (`--baseline`), and whether the reporter writes it anew (`--update-baseline`). */
  readonly baselinePath: string | undefined;
  readonly updateBaseline: boolean;
}

/** The reporter's configuration (see `ReportConfig`). */
export function loadReportConfig(): ReportConfig {
  return parseReportConfig(readConfigSources(process.env).env);
}

/**
 * Where reports go, for commands that need nothing else of the configuration (`spec:diff`): they
 * must not fail on variables that only matter to a conformance run (e.g. a missing API_TOKEN).
 */
export function loadReportDir(): string {
  return loadReportConfig().reportDir;
}

export function parseReportConfig(env: Env): ReportConfig {
  const spec = env[setting('spec').variable];
  return {
    // A replay (a replay path set) never overwrites the full run's reports.
    reportDir: resolve(env[setting('reportDir').variable] || (env[setting('replayPath').variable] ? 'reports/replay' : 'reports')),
    // A URL stays a URL until `prepareRun` fetches it once (see `pinFetchedSpec`).
    specPath: spec && isSpecUrl(spec) ? spec : spec ? resolve(spec) : DEFAULT_SPEC_PATH,
    stepSummaryPath: env['GITHUB_STEP_SUMMARY'] || undefined,
    record: recordFormats(env),
    console: consoleSettings(env),
    ...baselineSettings(settingReader(env, new Map())),
  };
}

/** The baseline settings, shared by the run and its reporter (which also runs alone, in `merge-reports`). */
export function baselineSettings(read: SettingReader): Pick<ReportConfig, 'baselinePath' | 'updateBaseline'> {
  return { baselinePath: read.path('baseline'), updateBaseline: read.text('updateBaseline', '0') === '1' };
}
