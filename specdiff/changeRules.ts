import type { Impact, Side } from './Impact.ts';

/** What can change, in words a reader of the report uses. Adding a detector adds a kind here. */
export const CHANGE_KINDS = {
  'required-added': 'property made required',
  'required-removed': 'property made optional',
  'property-added': 'property added',
  'property-removed': 'property removed',
  'type-narrowed': 'type narrowed',
  'type-widened': 'type widened',
  'type-changed': 'type changed',
  'enum-value-added': 'enum value added',
  'enum-value-removed': 'enum value removed',
  'enum-introduced': 'enum introduced (values restricted)',
  'enum-dropped': 'enum dropped (any value allowed)',
  'bound-tightened': 'length/size bound tightened',
  'bound-loosened': 'length/size bound loosened',
  'format-added': 'format added',
  'format-removed': 'format removed',
  'format-changed': 'format changed',
  'pattern-added': 'pattern added',
  'pattern-removed': 'pattern removed',
  'pattern-changed': 'pattern changed',
  'branch-added': 'oneOf/anyOf branch added',
  'branch-removed': 'oneOf/anyOf branch removed',
  'unanalysed-change': 'keyword changed that spec:diff does not analyse',
  'media-type-added': 'media type added',
  'media-type-removed': 'media type removed',
  'status-added': 'response status added',
  'status-removed': 'response status removed',
  'error-code-added': 'error code added to a status',
  'error-code-removed': 'error code removed from a status',
} as const;

export type ChangeKind = keyof typeof CHANGE_KINDS;

/** One classification: a kind of change on one side of the exchange, and whom it breaks. */
export interface ChangeRule {
  readonly change: ChangeKind;
  readonly side: Side;
  readonly clients: Impact;
  readonly servers: Impact;
  readonly why: string;
}

const BREAKING = 'breaking';
const OK = 'compatible';

// The whole classification, one rule per (change, side). The reasoning is always the same:
// a request rule that accepts less breaks clients (what they send may now be rejected), one that
// accepts more breaks servers (they must now accept what they could reject); a response rule that
// allows more breaks clients (they may receive what they cannot read), one that allows less breaks
// servers (what they answer may now be invalid). Unknown properties are legal in both directions
// (no schema here sets additionalProperties: false), which is why adding an optional one is safe.
export const CHANGE_RULES: readonly ChangeRule[] = [
  { change: 'required-added', side: 'request', clients: BREAKING, servers: OK, why: 'requests that omit it, valid before, are now invalid' },
  { change: 'required-added', side: 'response', clients: OK, servers: BREAKING, why: 'responses of existing servers that omit it are now invalid' },
  { change: 'required-removed', side: 'request', clients: OK, servers: BREAKING, why: 'servers must now accept requests that omit it' },
  { change: 'required-removed', side: 'response', clients: BREAKING, servers: OK, why: 'clients that rely on it may now not receive it' },
  { change: 'property-added', side: 'request', clients: OK, servers: OK, why: 'unknown properties were already allowed; existing clients do not send it' },
  { change: 'property-added', side: 'response', clients: OK, servers: OK, why: 'unknown properties were already allowed; existing clients ignore it' },
  {
    change: 'property-removed',
    side: 'request',
    clients: BREAKING,
    servers: OK,
    why: 'clients that send it are no longer understood (the value is ignored or rejected)',
  },
  { change: 'property-removed', side: 'response', clients: BREAKING, servers: OK, why: 'clients that read it no longer get it, or get it without a contract' },
  { change: 'type-narrowed', side: 'request', clients: BREAKING, servers: OK, why: 'requests with a value of a dropped type are now invalid' },
  { change: 'type-narrowed', side: 'response', clients: OK, servers: BREAKING, why: 'responses with a value of a dropped type are now invalid' },
  { change: 'type-widened', side: 'request', clients: OK, servers: BREAKING, why: 'servers must now accept values of the new type' },
  { change: 'type-widened', side: 'response', clients: BREAKING, servers: OK, why: 'clients may now receive values of a type they cannot read' },
  { change: 'type-changed', side: 'request', clients: BREAKING, servers: BREAKING, why: 'old values are invalid and servers must accept new ones' },
  { change: 'type-changed', side: 'response', clients: BREAKING, servers: BREAKING, why: 'clients cannot read the new values and old responses are invalid' },
  { change: 'enum-value-added', side: 'request', clients: OK, servers: BREAKING, why: 'servers must now accept the new value' },
  { change: 'enum-value-added', side: 'response', clients: BREAKING, servers: OK, why: 'clients that switch on the value meet one they do not know' },
  { change: 'enum-value-removed', side: 'request', clients: BREAKING, servers: OK, why: 'requests with that value, valid before, are now invalid' },
  { change: 'enum-value-removed', side: 'response', clients: OK, servers: BREAKING, why: 'responses of existing servers with that value are now invalid' },
  { change: 'enum-introduced', side: 'request', clients: BREAKING, servers: OK, why: 'requests with a value outside the list are now invalid' },
  { change: 'enum-introduced', side: 'response', clients: OK, servers: BREAKING, why: 'responses with a value outside the list are now invalid' },
  { change: 'enum-dropped', side: 'request', clients: OK, servers: BREAKING, why: 'servers must now accept any value' },
  { change: 'enum-dropped', side: 'response', clients: BREAKING, servers: OK, why: 'clients that switch on the value may meet any value' },
  { change: 'bound-tightened', side: 'request', clients: BREAKING, servers: OK, why: 'requests between the old and the new bound are now invalid' },
  { change: 'bound-tightened', side: 'response', clients: OK, servers: BREAKING, why: 'responses between the old and the new bound are now invalid' },
  { change: 'bound-loosened', side: 'request', clients: OK, servers: BREAKING, why: 'servers must now accept values beyond the old bound' },
  { change: 'bound-loosened', side: 'response', clients: BREAKING, servers: OK, why: 'clients may now receive values beyond the old bound' },
  { change: 'format-added', side: 'request', clients: BREAKING, servers: OK, why: 'requests with values not in the format are now invalid' },
  { change: 'format-added', side: 'response', clients: OK, servers: BREAKING, why: 'responses with values not in the format are now invalid' },
  { change: 'format-removed', side: 'request', clients: OK, servers: BREAKING, why: 'servers must now accept values in any format' },
  { change: 'format-removed', side: 'response', clients: BREAKING, servers: OK, why: 'clients that parse the format may receive anything' },
  { change: 'format-changed', side: 'request', clients: BREAKING, servers: BREAKING, why: 'old values may be invalid and servers must accept new ones' },
  {
    change: 'format-changed',
    side: 'response',
    clients: BREAKING,
    servers: BREAKING,
    why: 'clients cannot parse the new format and old responses may be invalid',
  },
  { change: 'pattern-added', side: 'request', clients: BREAKING, servers: OK, why: 'requests with values not matching it are now invalid' },
  { change: 'pattern-added', side: 'response', clients: OK, servers: BREAKING, why: 'responses with values not matching it are now invalid' },
  { change: 'pattern-removed', side: 'request', clients: OK, servers: BREAKING, why: 'servers must now accept values of any shape' },
  { change: 'pattern-removed', side: 'response', clients: BREAKING, servers: OK, why: 'clients that rely on the shape may receive anything' },
  {
    change: 'pattern-changed',
    side: 'request',
    clients: BREAKING,
    servers: BREAKING,
    why: 'patterns cannot be compared: assume old values fail and new ones must be accepted',
  },
  {
    change: 'pattern-changed',
    side: 'response',
    clients: BREAKING,
    servers: BREAKING,
    why: 'patterns cannot be compared: assume clients meet new shapes and old responses fail',
  },
  { change: 'branch-added', side: 'request', clients: OK, servers: BREAKING, why: 'servers must now accept requests of the new shape' },
  { change: 'branch-added', side: 'response', clients: BREAKING, servers: OK, why: 'clients may now receive a shape they do not know' },
  { change: 'branch-removed', side: 'request', clients: BREAKING, servers: OK, why: 'requests of that shape, valid before, are now invalid' },
  { change: 'branch-removed', side: 'response', clients: OK, servers: BREAKING, why: 'responses of existing servers of that shape are now invalid' },
  { change: 'unanalysed-change', side: 'request', clients: BREAKING, servers: BREAKING, why: 'not analysed, so assumed breaking both ways: review it by hand' },
  {
    change: 'unanalysed-change',
    side: 'response',
    clients: BREAKING,
    servers: BREAKING,
    why: 'not analysed, so assumed breaking both ways: review it by hand',
  },
  { change: 'media-type-added', side: 'request', clients: OK, servers: BREAKING, why: 'servers must now accept bodies of that media type' },
  { change: 'media-type-added', side: 'response', clients: BREAKING, servers: OK, why: 'clients may now receive a media type they do not read' },
  { change: 'media-type-removed', side: 'request', clients: BREAKING, servers: OK, why: 'clients that send that media type are now rejected' },
  {
    change: 'media-type-removed',
    side: 'response',
    clients: OK,
    servers: BREAKING,
    why: 'responses of existing servers in that media type are now undocumented',
  },
  { change: 'status-added', side: 'response', clients: BREAKING, servers: OK, why: 'clients may now receive a status they do not handle' },
  { change: 'status-removed', side: 'response', clients: OK, servers: BREAKING, why: 'responses of existing servers with that status are now undocumented' },
  { change: 'error-code-added', side: 'response', clients: BREAKING, servers: OK, why: 'clients that switch on the code meet one they do not know' },
  { change: 'error-code-removed', side: 'response', clients: OK, servers: BREAKING, why: 'responses of existing servers with that code are now invalid' },
];

/** The rule for a change; a missing rule is a bug in this table, never a silent "compatible". */
export function ruleFor(change: ChangeKind, side: Side): ChangeRule {
  const rule = CHANGE_RULES.find((r) => r.change === change && r.side === side);
  if (rule === undefined) throw new Error(`spec:diff has no rule for ${change}@${side}`);
  return rule;
}

export function ruleId(rule: Pick<ChangeRule, 'change' | 'side'>): string {
  return `${rule.change}@${rule.side}`;
}
