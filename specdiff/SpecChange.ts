import type { ChangeKind } from './changeRules.ts';
import type { Impact, Side } from './Impact.ts';

/** One classified difference between two versions of the create-user operation. */
export interface SpecChange {
  /** The rule that classified it: `<change>@<side>`, e.g. `enum-value-added@response`. */
  readonly rule: string;
  readonly change: ChangeKind;
  readonly side: Side;
  /** Existing clients (built against the old version) talking to a server on the new version. */
  readonly clients: Impact;
  /** Existing servers (built against the old version) serving clients of the new version. */
  readonly servers: Impact;
  /** Where the operation uses the changed schema: `request body /external_id`, `response 400 body /code`. */
  readonly where: string;
  /** JSON pointer of the change in the document that has it (the new one, or the old one for removals), `$ref`s followed. */
  readonly pointer: string;
  readonly document: 'old' | 'new';
  /** One human sentence: what changed, where, and why it is classified so. */
  readonly message: string;
}
