import type { ErrorObject } from 'ajv';

const MAX_LISTED = 6;

/**
 * Ajv's errors as one readable line. Errors under a `oneOf` are grouped per branch, because Ajv
 * lists every branch's failures and a flat list reads as if the body broke every schema at once.
 */
export function formatAjvErrors(errors: readonly ErrorObject[] | null | undefined): string {
  if (!errors || errors.length === 0) return 'invalid';
  const branches = new Map<string, string[]>();
  const plain: string[] = [];
  for (const error of errors) {
    const text = `${error.instancePath || '(root)'} ${error.message ?? error.keyword}${describeParams(error)}`;
    const branch = /\/(oneOf|anyOf)\/(\d+)\//.exec(error.schemaPath);
    if (branch) {
      const key = `${branch[1]} branch ${branch[2]}`;
      branches.set(key, [...(branches.get(key) ?? []), text]);
    } else if (error.keyword !== 'oneOf' && error.keyword !== 'anyOf') {
      plain.push(text);
    }
  }
  const grouped = [...branches].map(([key, texts]) => `${key}: ${texts.slice(0, 2).join(', ')}`);
  const all = [...plain, ...(grouped.length > 0 ? [`matches no branch (${grouped.join('; ')})`] : [])];
  return all.slice(0, MAX_LISTED).join('; ') + (all.length > MAX_LISTED ? ` (+${all.length - MAX_LISTED} more)` : '');
}

function describeParams(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'enum' && Array.isArray(params['allowedValues'])) return ` ${JSON.stringify(params['allowedValues'])}`;
  if (error.keyword === 'additionalProperties') return ` "${String(params['additionalProperty'])}"`;
  return '';
}
