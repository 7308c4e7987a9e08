import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import type { AppRole, CreateUserCase } from '../vocabulary/CreateUserCase.ts';
import { invalidBodyArbitrary } from './invalidBodyArbitrary.ts';
import { validRequestArbitrary } from './validRequestArbitrary.ts';

/** The HTTP status the spec gives each app state; the codes come from that status's error schemas. */
const APP_ROLE_STATUS: Readonly<Record<Exclude<AppRole, 'enabled'>, number>> = { unknown: 404, disabled: 403 };

/**
 * Requests aimed at an unknown or a disabled app: valid ones must get the app's status and code;
 * invalid ones may get that or their 400, since the spec does not say which problem comes first.
 */
export function badAppCaseArbitrary(operation: CreateUserOperation, roles: ReadonlyArray<Exclude<AppRole, 'enabled'>>): Arbitrary<CreateUserCase> {
  const validBody = validRequestArbitrary(operation);
  const invalidBody = invalidBodyArbitrary(operation);
  return fc.oneof(
    ...roles.map((app) => {
      const status = APP_ROLE_STATUS[app];
      const codes = operation.responseFor(status)?.errorVariants.flatMap((v) => v.codes) ?? [];
      const valid = validBody.map((body): CreateUserCase => ({
        family: `app_state/${app}`,
        app,
        body,
        expectation: { kind: 'app_state', status, codes },
        freshIdentities: true,
      }));
      const invalid = invalidBody.map(({ body, expectation }): CreateUserCase => ({
        family: `app_state/${app}+invalid`,
        app,
        body,
        expectation: { kind: 'app_state', status, codes, orRejected: { status: expectation.status, codes: expectation.codes } },
        freshIdentities: true,
      }));
      return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: invalid });
    }),
  );
}
