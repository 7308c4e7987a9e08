import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { createdCase } from './createdCase.ts';
import { exemplar } from './_internals/exemplar.ts';
import { IDENTITY_PARTS } from '../spec/identityParts.ts';
import type { ScenarioStep } from './Scenario.ts';

/**
 * The create that shows a refused request left no trace: a valid body with no identity of its own,
 * on the enabled app, carrying whatever of the refused request's identity is free (`free` reuse:
 * `freeIdentityParts`). It must be answered as if the refused request had never been sent.
 * Undefined when the spec has no identity-less valid body to start from.
 */
export function followUpStep(refusedFamily: string, operation: CreateUserOperation, from = 0, identifierIndex = 0): ScenarioStep | undefined {
  const body = identityLessBody(operation);
  if (body === undefined) return undefined;
  return {
    kind: 'reuse',
    from,
    reuse: { parts: 'free', identifierIndex, changeEmailCase: false },
    template: createdCase(`${refusedFamily}/then-free-parts`, body),
  };
}

const identityLess = new WeakMap<CreateUserOperation, Record<string, unknown> | undefined>();

/** The spec's required-properties exemplar with its identity taken out (no identifiers, no external_id, no id), if still valid. */
function identityLessBody(operation: CreateUserOperation): Record<string, unknown> | undefined {
  if (identityLess.has(operation)) return identityLess.get(operation);
  const out = { ...((exemplar(operation, operation.request.schemaPointer, 0, 'required') ?? {}) as Record<string, unknown>) };
  for (const { property } of Object.values(IDENTITY_PARTS)) {
    if (Array.isArray(out[property])) out[property] = [];
    else delete out[property];
  }
  const body = operation.request.validate(out) ? out : undefined;
  identityLess.set(operation, body);
  return body;
}
