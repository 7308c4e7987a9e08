import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';

/**
 * JSON Schema `format` → generator of strings Ajv's ajv-formats accepts. A format missing here is
 * generated as a plain string and filtered by the validator (see schemaArbitrary), so adding an
 * entry is an optimisation, never a correctness requirement.
 */
export const formatArbitraries: Readonly<Record<string, () => Arbitrary<string>>> = {
  uuid: () => fc.uuid(),
  email: () => fc.emailAddress(),
  'date-time': () => fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  date: () =>
    fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  uri: () => fc.webUrl(),
  url: () => fc.webUrl(),
  ipv4: () => fc.ipV4(),
  ipv6: () => fc.ipV6(),
  hostname: () => fc.domain(),
};
