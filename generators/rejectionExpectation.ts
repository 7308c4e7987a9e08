import { ConfigError } from '../config/ConfigError.ts';
import type { Profile } from '../config/profile.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';

/** What an invalid request must get: one HTTP status and the codes allowed with it. */
export interface RejectionExpectation {
  readonly status: number;
  readonly codes: readonly string[];
}

/**
 * The expected answer to a request that breaks a rule of top-level `property` (`""` for the body
 * as a whole): codes from the profile (`rejectionCodes`, which the spec leaves open), status from
 * the spec's (status, code) pairings. A profile naming an undocumented code, or codes of
 * different statuses, is a configuration error.
 */
export function rejectionExpectation(operation: CreateUserOperation, profile: Profile): (property: string) => RejectionExpectation {
  return (property) => {
    const codes = profile.rejectionCodes[property] ?? profile.rejectionCodes[''] ?? [];
    const statuses = [
      ...new Set(
        codes.map((code) => {
          const pairing = operation.pairings.find((p) => p.code === code);
          if (pairing === undefined) throw new ConfigError(`profile rejectionCodes["${property}"]: "${code}" is not an error code the spec documents.`);
          return pairing.httpStatus;
        }),
      ),
    ];
    if (statuses.length !== 1) {
      throw new ConfigError(
        `profile rejectionCodes["${property}"]: the codes ${JSON.stringify(codes)} must share one HTTP status (they have ${statuses.join(', ') || 'none'}).`,
      );
    }
    return { status: statuses[0]!, codes };
  };
}
