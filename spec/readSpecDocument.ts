import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SpecError } from './SpecError.ts';

// Loaded when a document is parsed, not at import: a process that finds the document already parsed
// (see `readSpecDocument`'s `parsedBefore`) never loads the YAML parser.
const require = createRequire(import.meta.url);
const yaml = () => require('yaml') as typeof import('yaml');

/** The parsed OpenAPI document plus what reports need to name the exact version that was used. */
export interface SpecDocument {
  readonly path: string;
  readonly document: Record<string, unknown>;
  /** sha256 of the YAML text, so two reports can tell whether they ran against the same spec. */
  readonly sha256: string;
}

// Prelude's docs pages embed the YAML between ```` fences; accepting the page as-is lets
// `CONFORMANCE_SPEC` point at a downloaded docs page without manual extraction.
const EMBEDDED_YAML = /^````ya?ml[^\n]*\n([\s\S]*?)^````/m;

/**
 * Reads an OpenAPI document (plain YAML/JSON, or a docs page with the YAML embedded).
 * `parsedBefore` may return the document an earlier process parsed from the same YAML (by its
 * sha256), already checked here: it is used instead of parsing again.
 */
export function readSpecDocument(path: string, parsedBefore?: (sha256: string) => Record<string, unknown> | undefined): SpecDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SpecError(path, '', `cannot read the file (${(error as Error).message})`);
  }
  const yamlText = EMBEDDED_YAML.exec(text)?.[1] ?? text;
  const sha256 = createHash('sha256').update(yamlText).digest('hex');
  const earlier = parsedBefore?.(sha256);
  if (earlier !== undefined) return { path, document: earlier, sha256 };
  let document: unknown;
  try {
    document = yaml().parse(yamlText, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    throw new SpecError(path, '', `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    throw new SpecError(path, '', 'the document is not a YAML mapping');
  }
  const version = (document as Record<string, unknown>)['openapi'];
  if (typeof version !== 'string' || !version.startsWith('3.1')) {
    throw new SpecError(path, '/openapi', `expected an OpenAPI 3.1 document, found ${JSON.stringify(version)}`);
  }
  return { path, document: document as Record<string, unknown>, sha256 };
}
