import type { IdentityPart } from '../spec/identityParts.ts';

/** One user as the emulator remembers it: just enough to detect every kind of conflict. */
interface StoredUser {
  readonly userId: string;
}

interface AppUsers {
  readonly sessionEnabled: boolean;
  /** `type:normalised value` → user. */
  readonly identifiers: Map<string, StoredUser>;
  readonly externalIds: Map<string, StoredUser>;
  /** Lower-cased UUID behind the user id (client-supplied or generated) → user. */
  readonly ids: Map<string, StoredUser>;
}

export interface NewUser {
  readonly userId: string;
  readonly identifierKeys: readonly string[];
  readonly externalId: string | undefined;
  /** Lower-cased UUID the user id encodes. */
  readonly uuid: string;
}

/**
 * The emulator's state: apps and their users, all in memory. Lookups and inserts are
 * synchronous, so in Node's single thread a conflict check and its insert can never interleave:
 * N concurrent creates of one identity yield exactly one user.
 */
export class UserStore {
  readonly #apps = new Map<string, AppUsers>();

  addApp(appId: string, sessionEnabled: boolean): void {
    this.#apps.set(appId, { sessionEnabled, identifiers: new Map(), externalIds: new Map(), ids: new Map() });
  }

  appState(appId: string): 'enabled' | 'disabled' | 'unknown' {
    const app = this.#apps.get(appId);
    return app === undefined ? 'unknown' : app.sessionEnabled ? 'enabled' : 'disabled';
  }

  /**
   * The identity part through which the would-be user collides with an existing one, the first of
   * `precedence` that does (the spec sets no precedence: it is a server's choice), or undefined.
   * Parts the user does not carry are skipped.
   */
  findConflict(appId: string, user: Partial<NewUser>, precedence: readonly IdentityPart[]): IdentityPart | undefined {
    const app = this.#apps.get(appId);
    if (app === undefined) return undefined;
    const collides: Record<IdentityPart, () => boolean> = {
      identifier: () => (user.identifierKeys ?? []).some((key) => app.identifiers.has(key)),
      external_id: () => user.externalId !== undefined && app.externalIds.has(user.externalId),
      id: () => user.uuid !== undefined && app.ids.has(user.uuid),
    };
    return precedence.find((part) => collides[part]());
  }

  /** The conflict of the would-be user (see `findConflict`), or creates it and returns undefined. */
  createUnlessConflict(appId: string, user: NewUser, precedence: readonly IdentityPart[]): IdentityPart | undefined {
    const app = this.#apps.get(appId);
    if (app === undefined) throw new Error(`unknown app ${appId}`);
    const conflict = this.findConflict(appId, user, precedence);
    if (conflict !== undefined) return conflict;
    const stored: StoredUser = { userId: user.userId };
    for (const key of user.identifierKeys) app.identifiers.set(key, stored);
    if (user.externalId !== undefined) app.externalIds.set(user.externalId, stored);
    app.ids.set(user.uuid, stored);
    return undefined;
  }

  get userCount(): number {
    let count = 0;
    for (const app of this.#apps.values()) count += app.ids.size;
    return count;
  }
}
