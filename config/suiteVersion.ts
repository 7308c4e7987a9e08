import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PACKAGE_ROOT } from './packageRoot.ts';

/** The suite's version, from the package.json at or above PACKAGE_ROOT. */
export function suiteVersion(): string {
  for (const dir of [PACKAGE_ROOT, resolve(PACKAGE_ROOT, '..')]) {
    const file = resolve(dir, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? 'unknown';
  }
  return 'unknown';
}
