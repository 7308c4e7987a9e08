import type { EmulatorOptions } from '../../emulator/createEmulatorServer.ts';
import { DEFAULT_SERVER_CHOICES } from '../../spec/latitude.ts';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import { bodyOf, json, rewrite } from '../_support/faultAnswers.ts';
import type { Fault } from '../_support/faultyServer.ts';
import { SEMANTIC_FAULTS } from '../_support/semanticFaults.ts';

/** A correct server that makes its own choice where the spec is silent: the suite must not call it wrong. */
export interface CorrectVariant {
  /** Completes "a server that …". */
  readonly description: string;
  /** The choice, as a deviation from the emulator's (a fresh one per server). */
  readonly choice: () => Fault;
  /** Settings of the emulator behind it. */
  readonly emulator?: Partial<EmulatorOptions>;
}

const PROBE_APP_ID = 'probe7x';
const PROBE_USERS = `/v2/session/apps/${PROBE_APP_ID}/users`;
const DEFAULT_APPS = [
  { id: EMULATOR_DEFAULTS.enabledAppId, sessionEnabled: true },
  { id: EMULATOR_DEFAULTS.disabledAppId, sessionEnabled: false },
];
const asIs: () => Fault = () => (_r, correct) => correct();

/**
 * Legitimate differences from the emulator: one entry each. The false-alarm test runs the whole
 * suite against each over many seeds and expects no error-severity finding.
 */
export const CORRECT_VARIANTS = {
  validatesBeforeAppLookup: {
    description: 'validates the body before looking the app up (an invalid request to an unknown or disabled app gets its 400)',
    // What the body alone deserves is asked of an app of its own, so the probe creates no user the suite could see.
    choice: () => async (request, correct) => {
      const answer = await correct();
      if (![403, 404].includes(answer.status) || request.method !== 'POST' || !/\/apps\/[^/]+\/users/.test(request.url)) return answer;
      const bodyAlone = await correct({ url: PROBE_USERS });
      return bodyAlone.status === 400 ? bodyAlone : answer;
    },
    emulator: { apps: [...DEFAULT_APPS, { id: PROBE_APP_ID, sessionEnabled: true }] },
  },
  identifierLimitOfTwo: { description: 'allows at most 2 identifiers per user', choice: asIs, emulator: { choices: { ...DEFAULT_SERVER_CHOICES, identifierLimit: 2 } } },
  identifierLimitOfTen: { description: 'allows up to 10 identifiers per user', choice: asIs, emulator: { choices: { ...DEFAULT_SERVER_CHOICES, identifierLimit: 10 } } },
  extraErrorProperties: {
    description: 'adds request_id, type and param to error bodies',
    choice: () => rewrite((a) => (a.status >= 400 ? json(a.status, { ...bodyOf(a), request_id: 'req_8f2c', type: 'invalid_request_error', param: null }) : a)),
  },
  noCharset: {
    description: "answers 'application/json' without a charset",
    choice: () => rewrite((a) => ({ ...a, headers: { ...a.headers, 'content-type': 'application/json' } })),
  },
  externalIdConflictFirst: {
    description: 'reports an external_id conflict before an identifier conflict',
    choice: () => {
      const createdExternalIds = new Set<string>();
      return async (request, correct) => {
        const answer = await correct();
        const externalId = request.json?.external_id;
        if (answer.status === 201 && typeof externalId === 'string') createdExternalIds.add(`${request.url} ${externalId}`);
        return answer.status === 409 && bodyOf(answer)?.code === 'already_in_use' && createdExternalIds.has(`${request.url} ${externalId}`)
          ? json(409, { code: 'external_id_already_in_use', status: 'conflict', message: 'The external id is in use.' })
          : answer;
      };
    },
  },
  forbidsBadToken: { description: 'refuses a bad token with 403 and its own code', choice: SEMANTIC_FAULTS.forbidsBadCredentials },
  notFoundForOtherMethods: {
    description: 'answers other methods 404 instead of 405',
    choice: () => (request, correct) => (request.method === 'POST' ? correct() : json(404, { code: 'not_found', status: 'not_found', message: 'No route.' })),
  },
} satisfies Record<string, CorrectVariant>;
