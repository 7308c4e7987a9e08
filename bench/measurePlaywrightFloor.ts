import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../config/packageRoot.ts';
import { firstRequestProbe, startupFigures, type StartupFigures } from './_internals/firstRequestProbe.ts';

/** The same two figures as a conformance run's start-up, for the smallest project Playwright can run. */
export interface FloorRun {
  readonly seconds: number;
  readonly startup: StartupFigures;
  readonly exitCode: number | null;
}

// One test that sends one request to a webServer that answers at once: no suite, no spec, no emulator.
const FILES = {
  'playwright.config.mjs': [
    "import { defineConfig } from '@playwright/test';",
    'export default defineConfig({',
    "  testDir: '.', reporter: 'dot', workers: 1,",
    "  webServer: { command: 'node server.mjs', cwd: import.meta.dirname, wait: { stdout: /listening on (?<floor_url>http:\\/\\/\\S+)/ }, stdout: 'pipe' },",
    '});',
  ].join('\n'),
  'server.mjs': [
    "import { createServer } from 'node:http';",
    "const server = createServer((_req, res) => res.end('{}'));",
    "server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}`));",
  ].join('\n'),
  'one.spec.mjs': [
    "import { test, expect } from '@playwright/test';",
    "test('one request', async () => expect((await fetch(process.env.FLOOR_URL)).status).toBe(200));",
  ].join('\n'),
};

/**
 * Runs that project with Playwright's CLI through npm, from spawning it to its exit, with the first-request
 * probe: how early any suite run by Playwright with a `webServer` can send its first request on this
 * machine (the runner loads and lists, starts the server, waits for it, then starts a worker). The
 * project lives under the report folder so that it resolves the repository's `@playwright/test`.
 */
export async function playwrightFloorRun(reportDir: string): Promise<FloorRun> {
  const dir = join(reportDir, 'bench-playwright-floor');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  const probe = firstRequestProbe();
  const started = Date.now();
  // Through npm, as `npm run conformance` is: the figures compare like with like.
  const child = spawn('npm', ['exec', '--silent', '--no', '--', 'playwright', 'test', '-c', join(dir, 'playwright.config.mjs')], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, ...probe.env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (Date.now() - started) / 1000;
  const startup = startupFigures(probe.collect(), started);
  rmSync(dir, { recursive: true, force: true });
  return { seconds, startup, exitCode };
}
