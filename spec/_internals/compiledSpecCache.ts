import type { ValidateFunction } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileFunction } from 'node:vm';

const require = createRequire(import.meta.url);

// Bumped when what is cached changes meaning (the Ajv options of createSpecAjv, the entry's shape);
// the libraries' versions are part of the key, so an upgrade never reads an older entry.
const CACHE_FORMAT = 1;
const VERSIONS = ['ajv', 'ajv-formats', 'yaml'].map((name) => (require(`${name}/package.json`) as { version: string }).version).join('-');
// Per user: another account's entries are neither read nor overwritten.
const CACHE_DIR = join(tmpdir(), `create-user-conformance-${process.getuid?.() ?? 'user'}`);

/** What one process made of a spec, kept for the next: the parsed document and its validators as code. */
interface CacheEntry {
  readonly document: Record<string, unknown>;
  /** Ajv's standalone module (CommonJS) exporting one validator per schema pointer. */
  readonly code: string;
  /** Schema pointer → the name its validator is exported under. */
  readonly exports: Readonly<Record<string, string>>;
}

const entryPath = (sha256: string) => join(CACHE_DIR, `spec-${CACHE_FORMAT}-${VERSIONS}-${sha256}.json`);

/**
 * The cached entry of the spec whose YAML has this sha256, or undefined (none, unreadable, or from
 * another version of this file's format). A cache: anything wrong with it means compiling again.
 */
export function readCacheEntry(sha256: string): { document: Record<string, unknown>; validators: Map<string, ValidateFunction> } | undefined {
  try {
    const entry = JSON.parse(readFileSync(entryPath(sha256), 'utf8')) as CacheEntry;
    const module = { exports: {} as Record<string, ValidateFunction> };
    const load = compileFunction(entry.code, ['exports', 'require', 'module']) as (exports: object, load: NodeJS.Require, module: object) => void;
    load(module.exports, require, module);
    const validators = new Map<string, ValidateFunction>();
    for (const [pointer, name] of Object.entries(entry.exports)) {
      const validate = module.exports[name];
      if (typeof validate !== 'function') return undefined;
      validators.set(pointer, validate);
    }
    return { document: entry.document, validators };
  } catch {
    return undefined;
  }
}

/**
 * Writes the entry of a spec: its document, and the validators of `pointers`, each registered in
 * `ajv` (created with `code: { source: true }`) under the key `keyOf(pointer)`. Written whole to a
 * temporary name and renamed, so a reader never sees half an entry; a failure to write is ignored.
 */
export function writeCacheEntry(sha256: string, document: Record<string, unknown>, ajv: Ajv2020, keys: ReadonlyMap<string, string>): void {
  try {
    const exports = Object.fromEntries([...keys.keys()].map((pointer, i) => [pointer, `v${i}`]));
    const { default: standaloneCode } = require('ajv/dist/standalone/index.js') as typeof import('ajv/dist/standalone/index.js');
    const code = standaloneCode(ajv, Object.fromEntries([...keys].map(([pointer, key]) => [exports[pointer]!, key])));
    mkdirSync(CACHE_DIR, { recursive: true });
    const path = entryPath(sha256);
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ document, code, exports } satisfies CacheEntry));
    renameSync(temporary, path);
  } catch {
    // A cache that cannot be written costs the next run a compilation, nothing more.
  }
}
