import { expect, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_PROFILE } from '../../config/profile.ts';
import type { ConformanceSummary } from '../../vocabulary/ConformanceSummary.ts';
import { renderHtml } from '../../reporter/renderHtml.ts';
import { summarizeRun } from '../../reporter/summarizeRun.ts';
import { loadedSuiteProperties } from '../../runner/properties/loadedSuiteProperties.ts';
import { startFaultyServer, type Fault } from '../_support/faultyServer.ts';
import { reportBrowserTest as test } from '../_support/reportBrowser.ts';
import { runProperty } from '../_support/runProperty.ts';
import { scratchDir } from '../_support/scratchDir.ts';
import { specOperation } from '../_support/specFixture.ts';
import { runContext } from '../_support/runContextFixture.ts';

// conformance.html as a reader opens it: from a CI artifact (file://, no network), on a desktop and
// on a phone, to copy a failure's replay or curl line into a terminal.

const operation = specOperation();
const PROPERTIES = await loadedSuiteProperties({ operation, profile: DEFAULT_PROFILE });
/** A header value with nowhere to break a line. */
const LONG_TOKEN = 'x'.repeat(2_000);
/** What a careless server prints back: right-to-left text and an override, terminal escapes, a NUL, a line with no break. */
const HOSTILE_TAIL = `\u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD invoice\u202Egpj.exe \u0001\u001B[31mred\u001B[0m before\u0000after ${'y'.repeat(3_000)}`;

/**
 * A server that fails every create with a 500 echoing the request raw plus `HOSTILE_TAIL`, and
 * answers 422 where the spec says 400: findings of several checks in several families, whatever
 * cases the seed draws, each response carrying hostile text (and the hostile-strings cases' requests
 * too): the report shows what a target sends.
 */
const ECHOING_SERVER: Fault = async (request, correct) => {
  const answer = await correct();
  if (request.method !== 'POST') return answer;
  if (answer.status === 201) {
    const body = `cannot store ${request.body.toString('utf8')}\n${HOSTILE_TAIL}`;
    return { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-trace': LONG_TOKEN }, body };
  }
  return answer.status === 400 ? { ...answer, status: 422 } : answer;
};

/** The summary the reporter would make of a run of a few properties against `ECHOING_SERVER`. */
async function hostileSummary(): Promise<ConformanceSummary> {
  const server = await startFaultyServer(ECHOING_SERVER);
  try {
    const outcomes = [];
    for (const name of ['hostile-strings', 'negative-length']) {
      const { definition, title } = PROPERTIES.find((p) => p.definition.name === name)!;
      const property = await runProperty(definition as never, server.url, { runs: 12, shrink: false });
      outcomes.push({ title, status: 'failed' as const, error: undefined, report: property });
    }
    return summarizeRun(outcomes, runContext());
  } finally {
    await server.close();
  }
}

/** Whether the page scrolls sideways: what a phone reader feels first. */
const pageWidth = (page: Page) => page.evaluate<[number, number]>('[document.documentElement.scrollWidth, window.innerWidth]');

/**
 * The page as a reader sees it at the top and at `finding`'s replay line, between its response and
 * its curl line (the viewport, not the whole page: opened,
 * the findings' bodies make it tens of thousands of pixels tall, seconds to capture for nothing more).
 */
async function attachViews(page: Page, width: string, finding: number): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await test.info().attach(`${width}: top`, { body: await page.screenshot(), contentType: 'image/png' });
  await page.locator(`pre#finding-${finding}-replay`).scrollIntoViewIfNeeded();
  await test.info().attach(`${width}: finding ${finding}`, { body: await page.screenshot(), contentType: 'image/png' });
}

test('conformance.html in Chromium: nothing leaves the page, every replay and curl line is reached and copied, and it reads at phone width', async ({
  reportBrowser,
}) => {
  const summary = await hostileSummary();
  expect(summary.findings.length).toBeGreaterThanOrEqual(3);
  const file = join(scratchDir('html-report'), 'conformance.html');
  writeFileSync(file, renderHtml(summary));
  const url = pathToFileURL(file).href;
  const shown = summary.findings.findIndex((f) => f.counterexample.response?.body.includes(HOSTILE_TAIL)) + 1;
  expect(shown, 'a finding whose response carries the hostile text').toBeGreaterThan(0);

  const desktop = await reportBrowser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const requests: string[] = [];
  const problems: string[] = [];
  desktop.on('request', (r) => requests.push(r.url()));
  const page = await desktop.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);

  await test.step('every finding is reached from the findings table, and its replay and curl lines copied', async () => {
    for (const [i, finding] of summary.findings.entries()) {
      const n = i + 1;
      await page.locator('section', { hasText: 'Findings (' }).locator(`a[href="#finding-${n}"]`).click();
      const details = page.locator(`details#finding-${n}`);
      await expect(details).toHaveAttribute('open', '');
      for (const [kind, text] of [
        ['replay', finding.replay.command],
        ['curl', finding.replay.curl],
      ] as const) {
        await expect(details.locator(`pre#finding-${n}-${kind}`)).toBeVisible();
        const button = details.getByRole('button', { name: `copy the ${kind} line of finding ${n}` });
        await button.click();
        await expect(button).toHaveText('Copied');
        expect(await page.evaluate('navigator.clipboard.readText()'), `finding ${n} ${kind}`).toBe(text);
      }
    }
  });
  await attachViews(page, 'desktop', shown);
  const [desktopScroll, desktopWidth] = await pageWidth(page);
  expect(desktopScroll, 'no sideways scroll at desktop width').toBeLessThanOrEqual(desktopWidth);
  // The page itself and nothing else, over a whole reading: every finding's link, every copy.
  expect(requests).toEqual([url]);
  expect(problems, 'no CSP refusal, no script error').toEqual([]);
  await desktop.close();

  await test.step('at phone width, nothing scrolls sideways but a table inside its own section', async () => {
    const phone = await reportBrowser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const small = await phone.newPage();
    await small.goto(url);
    const closed = small.locator('details:not([open]) > summary');
    while ((await closed.count()) > 0) await closed.first().click();
    await attachViews(small, 'phone', shown);
    const [scroll, width] = await pageWidth(small);
    expect(scroll, 'no sideways scroll at 390 px').toBeLessThanOrEqual(width);
    // Long lines wrap inside their own <pre>: a reader never scrolls a command sideways.
    const overflowing = await small.evaluate(
      '[...document.querySelectorAll("pre")].filter((pre) => pre.scrollWidth > pre.clientWidth).map((pre) => pre.id || pre.textContent.slice(0, 60))',
    );
    expect(overflowing).toEqual([]);
    // Only a table of numbers (not stacked at phone width) may scroll inside its section; the rest
    // (the tables read row by row, the run, the counterexamples) never does.
    const scrolling = await small.evaluate(
      '[...document.querySelectorAll("section")].filter((s) => !s.querySelector("table:not(.stack)") && s.scrollWidth > s.clientWidth).map((s) => s.querySelector("h2").textContent)',
    );
    expect(scrolling).toEqual([]);
    await phone.close();
  });
});
