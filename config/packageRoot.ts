import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The root of the suite's sources (spec/, emulator/, tests/), so the default spec is found
 * whatever the working directory. In the published package that is `dist/`.
 */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
