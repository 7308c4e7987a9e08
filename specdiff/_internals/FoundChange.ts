import type { ChangeKind } from '../changeRules.ts';
import type { Side } from '../Impact.ts';

/** A change as found, before its rule classifies it. */
export interface FoundChange {
  readonly kind: ChangeKind;
  readonly side: Side;
  readonly where: string;
  readonly pointer: string;
  readonly document: 'old' | 'new';
  readonly detail: string;
}
