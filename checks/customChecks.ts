import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../config/ConfigError.ts';
import { allChecks } from './allChecks.ts';
import type { Check } from './Check.ts';
import { validateCustomChecks } from './_internals/validateCustomChecks.ts';

/** Modules loaded by this process, by absolute path: importing runs the user's code, so once. */
const loaded = new Map<string, readonly Check[]>();

/**
 * Imports the module of `--checks-module` and validates its checks against the interface and the
 * built-in ids. Asynchronous because importing is: the runner calls it (in `prepareRun`, which
 * Playwright evaluates in the runner and again in each worker) before anything asks for the checks.
 * Any problem is one ConfigError line naming the module (exit 2).
 */
export async function loadCustomChecks(path: string | undefined): Promise<readonly Check[]> {
  if (path === undefined) return [];
  const known = loaded.get(path);
  if (known) return known;
  const shown = checksModuleShown(path);
  if (!existsSync(path)) throw new ConfigError(`checks module ${shown}: no such file.`);
  let exports: Record<string, unknown>;
  try {
    exports = await importModule(path);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`checks module ${shown} cannot be loaded: ${message.trim().split('\n')[0]}`);
  }
  const checks = validateCustomChecks(
    exports,
    shown,
    allChecks.map((c) => c.id),
  );
  loaded.set(path, checks);
  return checks;
}

/**
 * TypeScript goes through `require`: Playwright's require hook (in the runner and every worker)
 * compiles it whatever the package's `"type"`, while `import()` of a `.ts` file in a package without
 * `"type": "module"` reads it as CommonJS and stops at its first `export`. JavaScript is imported.
 */
async function importModule(path: string): Promise<Record<string, unknown>> {
  if (/\.[cm]?ts$/.test(path)) return createRequire(import.meta.url)(path) as Record<string, unknown>;
  return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
}

/**
 * The checks of a module `loadCustomChecks` already loaded in this process (synchronous, for the
 * suite context); none without a module. Asking before loading is the suite's own bug.
 */
export function customChecks(path: string | undefined): readonly Check[] {
  if (path === undefined) return [];
  const checks = loaded.get(path);
  if (checks === undefined) throw new Error(`the checks module ${path} was not loaded in this process: await loadCustomChecks first (prepareRun does).`);
  return checks;
}

/** The module's path as messages and reports show it: relative to the working folder when inside it. */
export function checksModuleShown(path: string): string {
  const local = relative(process.cwd(), path);
  return local.startsWith('..') ? path : local;
}
