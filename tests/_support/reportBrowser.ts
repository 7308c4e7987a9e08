import { test, type Browser } from '@playwright/test';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';

const require = createRequire(import.meta.url);

// @sparticuz/chromium ships Chromium inside the npm package (brotli-compressed), so `npm ci` is all a
// machine needs: no `npx playwright install` (its download is refused here) and no system browser.
const PACKAGE_DIR = join(dirname(require.resolve('@sparticuz/chromium')), '..', '..');
const VERSION = (JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string }).version;
// Unpacked under node_modules/.cache, not where the package's own executablePath() puts it (fixed
// names in the shared /tmp, written in place by each process that finds none, so two workers
// starting at once can run a half-written binary, and any other project's /tmp/chromium of another
// version is taken as ours). Here the copy belongs to this install: `npm ci` removes it with the rest.
const UNPACKED = join(PACKAGE_DIR, '..', '..', '.cache', 'create-user-conformance', `chromium-${VERSION}`);

/**
 * Playwright's launch flags already hold what this machine needs (`--no-sandbox` as root,
 * `--disable-background-networking`, `--disable-component-update`, `--disable-sync`, `--no-first-run`);
 * `--disable-gpu` because the package's GL libraries (swiftshader) are not unpacked: nothing here
 * needs WebGL. Not the package's own `args`: its `--single-process` closes the browser at the first
 * `newPage`, and its `--disable-web-security` would hide what the page's CSP forbids.
 */
const ARGS = ['--disable-gpu'];

/** The names and bodies of the regular files of a ustar archive: the package's fonts are three files. */
function untar(archive: Buffer): Array<{ name: string; body: Buffer }> {
  const files: Array<{ name: string; body: Buffer }> = [];
  for (let at = 0; at + 512 <= archive.length && archive[at] !== 0;) {
    const field = (from: number, length: number) => archive.toString('latin1', at + from, at + from + length).replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const name = [field(345, 155), field(0, 100)].filter(Boolean).join('/');
    if (['0', ''].includes(field(156, 1))) files.push({ name, body: archive.subarray(at + 512, at + 512 + size) });
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/**
 * Unpacks the binary and the package's fonts once per install (about 200 MB, 2 to 3 s), into a
 * folder of this process's own first, renamed into place whole: a worker that loses the race drops
 * its copy and uses the winner's, and no process ever sees half a binary.
 */
async function unpackedChromium(): Promise<{ executablePath: string; fontconfigFile: string }> {
  const paths = { executablePath: join(UNPACKED, 'chromium'), fontconfigFile: join(UNPACKED, 'fonts.conf') };
  if (existsSync(paths.executablePath)) return paths;
  const partial = `${UNPACKED}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(join(partial, 'fonts'), { recursive: true });
  await pipeline(
    createReadStream(join(PACKAGE_DIR, 'bin', 'chromium.br')),
    createBrotliDecompress(),
    createWriteStream(join(partial, 'chromium'), { mode: 0o700 }),
  );
  for (const { name, body } of untar(brotliDecompressSync(readFileSync(join(PACKAGE_DIR, 'bin', 'fonts.tar.br'))))) {
    if (name.endsWith('.ttf')) writeFileSync(join(partial, 'fonts', name.split('/').pop()!), body);
  }
  // The machine's fonts when it has any (monospace, Hebrew, Arabic, emoji), the package's Open Sans
  // always: a machine with no fonts at all still renders the page's text.
  writeFileSync(
    join(partial, 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${UNPACKED}/fonts</dir>\n  <cachedir>${UNPACKED}/fonts-cache</cachedir>\n</fontconfig>\n`,
  );
  try {
    renameSync(partial, UNPACKED);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(paths.executablePath)) throw error;
  }
  return paths;
}

/**
 * Tests that open what the suite writes (the HTML report) in a real Chromium, installed by `npm ci`
 * alone. One browser per worker, launched at the worker's first such test and reused by the next
 * (each test opens a context of its own): unpacking once per install costs 2 to 3 s, launching about
 * a tenth of a second.
 */
export const reportBrowserTest = test.extend<object, { reportBrowser: Browser }>({
  reportBrowser: [
    async ({ playwright }, use) => {
      const { executablePath, fontconfigFile } = await unpackedChromium();
      // The browser's whole environment: no proxy or locale variable of the caller's reaches it.
      const browser = await playwright.chromium.launch({ executablePath, args: ARGS, headless: true, env: { FONTCONFIG_FILE: fontconfigFile } });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});
