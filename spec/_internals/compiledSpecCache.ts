import type { ValidateFunction } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileFunction } from 'node:vm';

const require = createRequire(import.meta.url);

// Bumped when what is cached changes meaning (the Ajv options of createSpecAjv, the entry's shape);
// the libraries' versions are part of the key, so an upgrade never reads an older entry.
const CACHE_FORMAT = 1;
const VERSIONS = ['ajv', 'ajv-formats', 'yaml'].map((name) => (require(`${name}/package.json`) as { version: string }).version).join('-');
// The newest entries kept: one per spec a user works with, and the fixtures of this repository's tests.
const MAX_ENTRIES = 64;
/** Per user: another account's entries are neither read nor overwritten. */
export const CACHE_DIR = join(tmpdir(), `create-user-conformance-${process.getuid?.() ?? 'user'}`);

/** What one process made of a spec, kept for the next: the parsed document and its validators as code. */
interface CacheEntry {
  readonly document: Record<string, unknown>;
  /** Ajv's standalone module (CommonJS) exporting one validator per schema pointer. */
  readonly code: string;
  /** Schema pointer → the name its validator is exported under. */
  readonly exports: Readonly<Record<string, string>>;
}

/** Where the entry of a spec is, in `dir` (the cache folder; a test's own copy of it). */
export const entryPath = (sha256: string, dir: string = CACHE_DIR) => join(dir, `spec-${CACHE_FORMAT}-${VERSIONS}-${sha256}.json`);

/**
 * Whether `path` is ours alone: not a link, owned by this user, writable by no one else. An entry is
 * code this process runs, and the temporary folder is shared: a folder or file another account
 * created there first is never read (nor written into).
 */
function ownedByUs(path: string): boolean {
  const stat = lstatSync(path);
  return !stat.isSymbolicLink() && (process.getuid === undefined || stat.uid === process.getuid()) && (stat.mode & 0o022) === 0;
}

/**
 * The cached entry of the spec whose YAML has this sha256, or undefined (none, unreadable, or from
 * another version of this file's format). A cache: anything wrong with it means compiling again.
 */
export function readCacheEntry(
  sha256: string,
  dir: string = CACHE_DIR,
): { document: Record<string, unknown>; validators: Map<string, ValidateFunction> } | undefined {
  try {
    if (!ownedByUs(dir) || !ownedByUs(entryPath(sha256, dir))) return undefined;
    const entry = JSON.parse(readFileSync(entryPath(sha256, dir), 'utf8')) as CacheEntry;
    const module = { exports: {} as Record<string, ValidateFunction> };
    const load = compileFunction(entry.code, ['exports', 'require', 'module']) as (exports: object, load: NodeJS.Require, module: object) => void;
    load(module.exports, require, module);
    const validators = new Map<string, ValidateFunction>();
    for (const [pointer, name] of Object.entries(entry.exports)) {
      const validate = module.exports[name];
      if (typeof validate !== 'function') return undefined;
      validators.set(pointer, validate);
    }
    // Used now: pruning keeps the entries used last, so the spec every run reads is never the one
    // evicted by a burst of others (the spec:diff fixtures, other versions of the document).
    const now = new Date();
    utimesSync(entryPath(sha256, dir), now, now);
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
    mkdirSync(CACHE_DIR, { recursive: true, mode: 0o700 });
    if (!ownedByUs(CACHE_DIR)) return;
    const path = entryPath(sha256);
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ document, code, exports } satisfies CacheEntry), { mode: 0o600 });
    renameSync(temporary, path);
    pruneOldest();
  } catch {
    // A cache that cannot be written costs the next run a compilation, nothing more.
  }
}

/** Removes all but the `MAX_ENTRIES` entries used last (and any file a writer left half-written): the cache stays bounded. */
function pruneOldest(): void {
  const files = readdirSync(CACHE_DIR).map((name) => ({ path: join(CACHE_DIR, name), at: statSync(join(CACHE_DIR, name)).mtimeMs }));
  const stale = files.filter((f) => f.path.endsWith('.tmp') && f.at < Date.now() - 60_000);
  const entries = files.filter((f) => f.path.endsWith('.json')).sort((a, b) => b.at - a.at);
  for (const file of [...stale, ...entries.slice(MAX_ENTRIES)]) rmSync(file.path, { force: true });
}
