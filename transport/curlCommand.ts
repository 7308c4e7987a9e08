import type { WireRequest } from '../vocabulary/Exchange.ts';
import { redactRequest } from './redact.ts';

/**
 * A curl line that re-sends the request by hand. The token is never printed: the line reads it
 * from `$API_TOKEN`, the same variable the suite uses (`tokenVariable` names another, e.g. the
 * reference's token in a differential run). Given the token, the line is exact for
 * deliberately bad credentials too: only occurrences of the token itself become `$API_TOKEN`
 * (`Token $API_TOKEN`), and a credential that does not contain it (a made-up wrong token) is
 * printed as sent, since it is no secret. Without it, any bearer credential reads `$API_TOKEN`.
 */
export function curlCommand(request: WireRequest, apiToken?: string, tokenVariable = 'API_TOKEN'): string {
  const variable = `$${tokenVariable}`;
  const safe = redactRequest(request);
  const parts = ['curl', '-sS', '-i', '-X', safe.method, shellQuote(safe.url)];
  for (const [name, value] of Object.entries(safe.headers)) {
    const sent = request.headers[name] ?? value;
    let header: string;
    const secretVariable = request.secretHeaders?.[name];
    if (secretVariable !== undefined) {
      header = `"${name}: $${secretVariable}"`;
    } else if (name === 'authorization' && apiToken) {
      header = sent.includes(apiToken) ? `"${`${name}: ${sent}`.split(apiToken).map(doubleQuoteEscape).join(variable)}"` : shellQuote(`${name}: ${sent}`);
    } else {
      header = name === 'authorization' && value.startsWith('Bearer ') ? `"${name}: Bearer ${variable}"` : shellQuote(`${name}: ${value}`);
    }
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

function doubleQuoteEscape(text: string): string {
  return text.replace(/[\\"$`]/g, '\\$&');
}
