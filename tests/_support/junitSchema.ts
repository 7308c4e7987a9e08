import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { PACKAGE_ROOT } from '../../config/packageRoot.ts';

const XSD = readFileSync(resolve(PACKAGE_ROOT, 'tests/fixtures/junit/JUnit.xsd'), 'utf8');

/**
 * What libxml2 (as WebAssembly: no network, no system xmllint) finds wrong with a JUnit file
 * against the common Ant/Jenkins schema; empty when valid. A file that is not even well-formed
 * XML (a control character XML 1.0 forbids) makes xmllint fail outright: that rejects too.
 */
export async function junitSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'junit.xml', contents: xml }], schema: [{ fileName: 'JUnit.xsd', contents: XSD }] });
  return result.errors.map((e) => e.rawMessage);
}
