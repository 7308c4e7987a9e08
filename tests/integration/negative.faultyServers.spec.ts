import { expect, test } from '@playwright/test';
import type { Profile } from '../../config/profile.ts';
import { DEFAULT_PROFILE } from '../../config/profile.ts';
import { boundaryCases } from '../../generators/boundaryCases.ts';
import { hostileCaseArbitrary } from '../../generators/hostileCaseArbitrary.ts';
import { methodCases } from '../../generators/methodCases.ts';
import { mutationCatalogue } from '../../generators/mutationCatalogue.ts';
import { negativeCaseArbitrary } from '../../generators/negativeCaseArbitrary.ts';
import type { CreateUserCase } from '../../vocabulary/CreateUserCase.ts';
import { caseProperty, fixedCasesProperty, type PropertyDefinition } from '../../runner/PropertyDefinition.ts';
import { requestViolation } from '../../spec/requestViolation.ts';
import { startFaultyServer, type Fault } from '../_support/faultyServer.ts';
import { runProperty } from '../_support/runProperty.ts';
import { FAULT_CATALOGUE } from '../faults/faultCatalogue.ts';
import { specOperation } from '../_support/specFixture.ts';

const operation = specOperation();
const catalogue = mutationCatalogue(operation, DEFAULT_PROFILE);
const negative = (family: string): PropertyDefinition<CreateUserCase> =>
  caseProperty({
    name: `negative-${family}`,
    cases: () =>
      negativeCaseArbitrary(
        operation,
        catalogue.filter((m) => m.family === family),
      ),
  });

// One faulty server (from the fault catalogue) per mutation family and phase, run against the one
// property that targets it: the named check must report it with a minimal counterexample.
const FAULTS: ReadonlyArray<{
  name: string;
  fault: Fault;
  property: PropertyDefinition<CreateUserCase>;
  check: string;
  severity?: 'error' | 'warning';
  negative?: boolean;
  profile?: Partial<Profile>;
}> = [
  {
    name: 'accepts a body without identifiers',
    property: negative('required'),
    check: 'negative_rejection',
    negative: true,
    fault: FAULT_CATALOGUE.acceptsMissingIdentifiers.fault(),
  },
  {
    name: 'accepts non-string profile values',
    property: negative('type'),
    check: 'negative_rejection',
    negative: true,
    fault: FAULT_CATALOGUE.acceptsNonStringProfileValues.fault(),
  },
  {
    name: 'accepts an unknown identifier type',
    property: negative('enum'),
    check: 'negative_rejection',
    negative: true,
    fault: FAULT_CATALOGUE.acceptsUnknownIdentifierType.fault(),
  },
  {
    name: 'accepts an external_id over 128 code points',
    property: negative('length'),
    check: 'negative_rejection',
    negative: true,
    fault: FAULT_CATALOGUE.acceptsLongExternalId.fault(),
  },
  {
    name: 'accepts any string as id',
    property: negative('format'),
    check: 'negative_rejection',
    negative: true,
    fault: FAULT_CATALOGUE.acceptsAnyId.fault(),
  },
  {
    name: 'answers 500 to a body that is not JSON',
    property: negative('malformed'),
    check: 'negative_rejection',
    negative: true,
    fault: FAULT_CATALOGUE.crashesOnMalformedJson.fault(),
  },
  {
    name: 'accepts a JSON body sent as text/plain, where the profile requires strict parsing',
    property: negative('mediaType'),
    check: 'negative_rejection',
    negative: true,
    fault: FAULT_CATALOGUE.acceptsTextPlain.fault(),
    profile: { strictRequestParsing: true },
  },
  {
    // Lenient parsing is conformant: by default it is named, as a warning.
    name: 'accepts a JSON body sent as text/plain (lenient parsing)',
    property: negative('mediaType'),
    check: 'negative_rejection',
    severity: 'warning',
    fault: FAULT_CATALOGUE.acceptsTextPlain.fault(),
  },
  {
    name: 'answers invalid requests 400 app_not_found',
    property: negative('type'),
    check: 'negative_rejection',
    negative: true,
    fault: FAULT_CATALOGUE.invalidRequestsSayAppNotFound.fault(),
  },
  {
    name: 'counts UTF-16 units: refuses 128 astral code points',
    property: fixedCasesProperty({ name: 'boundary', fixedCases: () => boundaryCases(operation, DEFAULT_PROFILE) }),
    check: 'positive_acceptance',
    fault: FAULT_CATALOGUE.countsUtf16Units.fault(),
  },
  {
    name: 'accepts 129 code points at the boundary',
    property: fixedCasesProperty({ name: 'boundary', fixedCases: () => boundaryCases(operation, DEFAULT_PROFILE) }),
    check: 'negative_rejection',
    negative: true,
    fault: FAULT_CATALOGUE.acceptsExternalIdOf129.fault(),
  },
  {
    name: 'answers 500 to a NUL character in a profile value',
    property: caseProperty({ name: 'hostile', cases: () => hostileCaseArbitrary(operation, DEFAULT_PROFILE) }),
    check: 'no_server_error',
    fault: FAULT_CATALOGUE.crashesOnNul.fault(),
  },
  {
    name: 'answers GET with 200',
    property: fixedCasesProperty({ name: 'methods', fixedCases: () => methodCases(operation) }),
    check: 'method_not_allowed',
    fault: FAULT_CATALOGUE.getAnswers200.fault(),
  },
  {
    name: 'answers 405 without Allow',
    property: fixedCasesProperty({ name: 'methods', fixedCases: () => methodCases(operation) }),
    check: 'method_not_allowed',
    severity: 'warning',
    fault: async (_r, correct) => {
      const answer = await correct();
      const { allow: _allow, ...headers } = answer.headers;
      return { ...answer, headers };
    },
  },
];

for (const { name, fault, property, check, severity = 'error', negative: isNegative, profile } of FAULTS) {
  test(`a server that ${name} is caught by ${check}`, async () => {
    const server = await startFaultyServer(fault);
    try {
      const report = await runProperty(property, server.url, { runs: 40, ...(profile ? { profile } : {}) });
      const found = report.findings.filter((f) => f.check === check && f.severity === severity);
      expect(found, JSON.stringify(report.findings.map((f) => [f.check, f.message]))).not.toHaveLength(0);
      for (const finding of found.filter((f) => f.severity === 'error')) {
        expect(finding.shrunk, 'the counterexample was minimised (shrunk, or a fixed case confirmed)').toBe(true);
        const { request } = finding.counterexample;
        if (isNegative) {
          expect(requestViolation(operation, request), `still invalid: ${request.body}`).toBeDefined();
        }
      }
    } finally {
      await server.close();
    }
  });
}
