import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { childEnvironment } from '../config/childEnvironment.ts';
import { PACKAGE_ROOT } from '../config/packageRoot.ts';
import { loadSuiteConfig } from '../config/suiteConfig.ts';
import { EMULATOR_DEFAULTS } from '../emulator/emulatorDefaults.ts';
import { startProcess } from '../bench/startProcess.ts';
import { EXIT_CODES } from '../vocabulary/exitCodes.ts';
import { readConformanceSummary } from '../vocabulary/readConformanceSummary.ts';
import { prismFidelityPage, prismFidelityPagePaths } from './prismFidelityPage.ts';

/**
 * `npm run conformance:prism`: Stoplight Prism's mock, started on the same spec, as the target of
 * the whole suite. Prism is a stateless mock, so the run shows what a widely used emulator gets
 * wrong about this operation's semantics. The Markdown report, headed by its deviations at a
 * glance, is written under the report directory (`reports/prism/prism-fidelity.md`). With `--docs`
 * (`npm run docs:prism`) it also regenerates the tracked example page, docs/prism-fidelity.md:
 * only on purpose, never as a side effect of a run.
 */
async function main(writeDocs: boolean): Promise<void> {
  const config = loadSuiteConfig();
  const reportDir = resolve(config.reportDir, 'prism');
  const prism = await startProcess(join(PACKAGE_ROOT, 'node_modules/.bin/prism'), ['mock', '-p', '0', config.specPath], /Prism is listening on (http:\/\/\S+)/);
  console.log(`Prism mock listening on ${prism.url}`);
  try {
    const playwright = createRequire(import.meta.url).resolve('@playwright/test/cli');
    const child = spawn(process.execPath, [playwright, 'test', '-c', join(PACKAGE_ROOT, 'playwright.config.ts')], {
      cwd: PACKAGE_ROOT,
      stdio: 'inherit',
      env: childEnvironment({
        PRELUDE_BASE_URL: prism.url,
        // Prism checks that a bearer token is present, not which one.
        API_TOKEN: 'prism-accepts-any-token',
        PRELUDE_APP_ID: EMULATOR_DEFAULTS.enabledAppId,
        // No PRELUDE_DISABLED_APP_ID: a stateless mock has no disabled app (it creates on any app id),
        // and the preflight refuses an app configured as disabled that is not. The 403 checks are
        // skipped, and the report says so.
        CONFORMANCE_REPORT_DIR: reportDir,
      }),
    });
    const code = await new Promise<number | null>((done) => child.on('close', done));
    // Findings are the expected outcome for a stateless mock; any other code than those two is a failure to run.
    if (code !== EXIT_CODES.passed && code !== EXIT_CODES.findings) throw new Error(`the conformance run against Prism ended with exit code ${code}`);
    const markdown = join(reportDir, 'conformance.md');
    if (!existsSync(markdown)) throw new Error(`no ${markdown} was written`);
    const summary = readConformanceSummary(join(reportDir, 'conformance.json'), 'conformance:prism');
    const page = prismFidelityPage(summary, readFileSync(markdown, 'utf8'));
    const paths = prismFidelityPagePaths(reportDir, PACKAGE_ROOT, writeDocs);
    for (const path of paths) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, page);
    }
    console.log(`Prism's fidelity report: ${paths.join(' and ')} (run ${code === EXIT_CODES.passed ? 'conformant' : 'nonconformant'})`);
  } finally {
    await prism.stop();
  }
}

main(process.argv.includes('--docs')).catch((error: Error) => {
  console.error(`conformance:prism: ${error.message}`);
  process.exit(EXIT_CODES.configuration);
});
