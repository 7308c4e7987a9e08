import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONFIG_SCHEMA_FILE, configFileSchema } from '../../config/configFileSchema.ts';
import { readConfigSources } from '../../config/configSources.ts';
import { PACKAGE_ROOT } from '../../config/packageRoot.ts';
import { parseSuiteConfig } from '../../config/suiteConfig.ts';
import { scratchDir } from '../_support/scratchDir.ts';

// One precedence, written once: flags over environment over .env over the configuration file over defaults.
test('each source overrides the ones below it, and messages name the source a value came from', () => {
  const folder = scratchDir('sources');
  writeFileSync(join(folder, 'conformance.config.json'), JSON.stringify({ runs: 1, concurrency: 2, rps: 3, timeoutMs: 400, profile: 'p.json' }));
  writeFileSync(join(folder, '.env'), 'CONFORMANCE_CONCURRENCY=20\nCONFORMANCE_RPS=30\nCONFORMANCE_TIMEOUT_MS=4000\n');
  const env = { CONFORMANCE_RPS: '300', CONFORMANCE_TIMEOUT_MS: '40000', CONFORMANCE_GIVEN_FLAGS: 'CONFORMANCE_TIMEOUT_MS' };
  const sources = readConfigSources(env, folder);
  const config = parseSuiteConfig(sources.env, sources.origins, sources.file);
  expect([config.runs, config.concurrency, config.rps, config.requestTimeoutMs]).toEqual([1, 20, 300, 40000]);
  // A relative path in the file is read from the file's folder, wherever the run starts.
  expect(config.profilePath).toBe(join(folder, 'p.json'));
  expect(config.profileNamed).toBe('"profile" in conformance.config.json');
  const bad = (value: string, given: Record<string, string>) => {
    const mixed = readConfigSources({ ...given, CONFORMANCE_GIVEN_FLAGS: 'CONFORMANCE_TIMEOUT_MS' }, folder);
    return () => parseSuiteConfig({ ...mixed.env, CONFORMANCE_TIMEOUT_MS: value }, mixed.origins);
  };
  expect(bad('1', { CONFORMANCE_TIMEOUT_MS: '1' })).toThrow('--timeout-ms "1" is not valid');
  expect(bad('1', {})).toThrow('CONFORMANCE_TIMEOUT_MS="1" in .env is not valid');
});

test('the published JSON Schema is the one the suite validates files against (regenerate: npm run docs:generate)', () => {
  expect(JSON.parse(readFileSync(resolve(PACKAGE_ROOT, CONFIG_SCHEMA_FILE), 'utf8'))).toEqual(configFileSchema());
});

test('the example of docs/configuration.md is a valid configuration file', () => {
  const page = readFileSync(resolve(PACKAGE_ROOT, 'docs/configuration.md'), 'utf8');
  const example = /```json\n([\s\S]*?)\n```/.exec(page)?.[1];
  const folder = scratchDir('example');
  writeFileSync(join(folder, 'conformance.config.json'), example!);
  expect(readConfigSources({}, folder).env['CONFORMANCE_RUNS']).toBe('200');
});
