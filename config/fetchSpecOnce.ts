import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './ConfigError.ts';

/** True for a spec given as an http(s) URL rather than a file. */
export function isSpecUrl(spec: string): boolean {
  return /^https?:\/\//i.test(spec);
}

/**
 * Downloads a spec given as a URL (a plain YAML document, or a docs page that embeds it) once, at
 * the start of a run, into `dir`, and returns the file every process of the run then reads: all of
 * them judge against the same bytes, and replays of the run too. TLS is verified; a private CA is
 * trusted through NODE_EXTRA_CA_CERTS (read by Node at start-up).
 */
export async function fetchSpecOnce(url: string, dir: string, timeoutMs = 30_000): Promise<string> {
  let text: string;
  try {
    const res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    text = await res.text();
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new ConfigError(
      `CONFORMANCE_SPEC=${url}: cannot fetch it (${cause?.code ?? ''}${cause?.code ? ': ' : ''}${cause?.message ?? (error as Error).message}).`,
    );
  }
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `spec-${createHash('sha256').update(text).digest('hex').slice(0, 12)}.yaml`);
  writeFileSync(file, text);
  return file;
}
