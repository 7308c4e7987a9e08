import { SpecError } from '../SpecError.ts';
import { getAtPointer } from '../jsonPointer.ts';

/** A spec node together with the pointer it really lives at, after following `$ref`s. */
export interface Located<T = Record<string, unknown>> {
  readonly pointer: string;
  readonly node: T;
}

/**
 * Follows local `$ref`s (`#/...`) from `pointer` until a node without `$ref`. Response, request
 * body and parameter `$ref`s must be followed by hand: Ajv only resolves them inside schemas.
 */
export function resolveLocalRef(specPath: string, root: unknown, pointer: string): Located {
  const seen = new Set<string>();
  let current = pointer;
  for (;;) {
    if (seen.has(current)) throw new SpecError(specPath, pointer, `$ref cycle through ${current}`);
    seen.add(current);
    const node = getAtPointer(root, current);
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      throw new SpecError(specPath, current, 'expected an object here, found ' + JSON.stringify(node));
    }
    const ref = (node as Record<string, unknown>)['$ref'];
    if (ref === undefined) return { pointer: current, node: node as Record<string, unknown> };
    if (typeof ref !== 'string' || !ref.startsWith('#/')) {
      throw new SpecError(specPath, current, `only local $refs (#/...) are supported, found ${JSON.stringify(ref)}`);
    }
    current = ref.slice(1);
  }
}
