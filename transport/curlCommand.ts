import type { WireRequest } from './Exchange.ts';
import { redactRequest } from './redact.ts';

/**
 * A curl line that re-sends the request by hand. The token is never printed: the line reads it
 * from `$API_TOKEN`, the same variable the suite uses.
 */
export function curlCommand(request: WireRequest): string {
  const safe = redactRequest(request);
  const parts = ['curl', '-sS', '-i', '-X', safe.method, shellQuote(safe.url)];
  for (const [name, value] of Object.entries(safe.headers)) {
    const header = name === 'authorization' && value.startsWith('Bearer ')
      ? `"${name}: Bearer $API_TOKEN"`
      : shellQuote(`${name}: ${value}`);
    parts.push('-H', header);
  }
  if (safe.body !== undefined) {
    const text = typeof safe.body === 'string' ? safe.body : Buffer.from(safe.body).toString('utf8');
    parts.push('--data-binary', shellQuote(text));
  }
  return parts.join(' ');
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
