import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { allChecks } from '../../checks/allChecks.ts';
import { checkCatalogueMarkdown } from '../../checks/checkCatalogueMarkdown.ts';
import { mutationCatalogue, MUTATION_FAMILY_TITLES } from '../../generators/mutationCatalogue.ts';
import { DEFAULT_PROFILE } from '../../config/profile.ts';
import { SETTINGS, type Setting } from '../../config/settings.ts';
import { PACKAGE_ROOT } from '../../config/packageRoot.ts';
import { REPORT_CHANGE_KINDS, REPORT_CHANGE_RULES } from '../../reportdiff/reportChangeRules.ts';
import { suiteProperties } from '../../runner/properties/suiteProperties.ts';
import { SUITE_PHASES } from '../../runner/properties/suitePhases.ts';
import { loadCreateUserOperation } from '../../spec/loadCreateUserOperation.ts';
import { CHANGE_KINDS, CHANGE_RULES, ruleId } from '../../specdiff/changeRules.ts';
import { markdownCell } from '../../vocabulary/markdownCell.ts';
import { cliReference } from './helpTexts.ts';

/**
 * The Markdown the docs pages' generated blocks hold, by block name (`<!-- generated:NAME -->`):
 * each made from the table in the code it documents, so the page cannot drift from it.
 */
export const DOC_TABLES: Readonly<Record<string, () => string>> = {
  cli: () => cliReference().trimEnd(),
  checks: () => checkCatalogueMarkdown(allChecks).trimEnd(),
  phases: phasesTable,
  mutations: mutationsTable,
  variables: variablesTable,
  'target-variables': targetVariablesTable,
  profile: profileTable,
  'spec-diff-rules': specDiffRulesTable,
  'report-diff-rules': reportDiffRulesTable,
  layers: layersTable,
  'layer-drawing': layerDrawing,
};

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(markdownCell).join(' | ')} |`)].join('\n');
}

function phasesTable(): string {
  const operation = loadCreateUserOperation(resolve(PACKAGE_ROOT, 'spec/openapi.yaml'));
  const properties = suiteProperties({ operation, profile: DEFAULT_PROFILE });
  return table(
    ['phase', 'what it sends', 'file', 'tests (one property each)'],
    Object.entries(SUITE_PHASES).map(([phase, summary]) => {
      const mine = properties.filter((p) => p.phase === phase);
      const files = [...new Set(mine.map((p) => p.group))].map((g) => `[\`${g}\`](../tests/conformance/${g}.spec.ts)`);
      return [`\`${phase}\``, summary, files.join(', '), mine.map((p) => p.title).join('<br>')];
    }),
  );
}

function mutationsTable(): string {
  const catalogue = mutationCatalogue(loadCreateUserOperation(resolve(PACKAGE_ROOT, 'spec/openapi.yaml')), DEFAULT_PROFILE);
  const families = [...new Set([...Object.keys(MUTATION_FAMILY_TITLES), ...catalogue.map((m) => m.family)])];
  return [
    `${catalogue.length} mutations for \`spec/openapi.yaml\` with the default profile:`,
    '',
    table(
      ['family', 'what it breaks', 'mutations', 'for example'],
      families.map((family) => {
        const mine = catalogue.filter((m) => m.family === family);
        return [
          `\`${family}\``,
          MUTATION_FAMILY_TITLES[family] ?? '',
          String(mine.length),
          mine
            .slice(0, 3)
            .map((m) => `\`${m.id}\``)
            .join(', '),
        ];
      }),
    ),
  ].join('\n');
}

const WHERE: Readonly<Record<Setting['scope'], string>> = {
  setting: 'flag, variable, `.env`, file',
  command: 'flag, variable, `.env`',
  secret: 'variable, `.env` (never a flag or the file)',
  internal: 'set by the suite',
  ambient: 'the environment',
};

function variablesTable(): string {
  return table(
    ['setting (file key)', 'variable', 'flag', 'meaning', 'default', 'set in'],
    SETTINGS.map((s) => [
      s.scope === 'setting' ? `\`${s.key}\`` : '',
      s.variable
        .split(', ')
        .map((n) => `\`${n}\``)
        .join(', '),
      s.flag === undefined ? '' : `\`--${s.flag}\``,
      [s.meaning, s.details].filter(Boolean).join('; ') + (s.replayed ? ' (replayed)' : ''),
      s.default,
      WHERE[s.scope],
    ]),
  );
}

/** The README's short table: the settings that point a run at a target (a fixed interface: CI depends on them). */
function targetVariablesTable(): string {
  const keys: readonly string[] = ['baseUrl', 'apiToken', 'appId', 'disabledAppId', 'unknownAppId'];
  return table(
    ['variable', 'meaning', 'default'],
    SETTINGS.filter((s) => keys.includes(s.key)).map((s) => [`\`${s.variable}\``, s.meaning, s.default]),
  );
}

interface ProfileSchema {
  readonly properties: Readonly<Record<string, { readonly description: string }>>;
}

function profileTable(): string {
  const schema = JSON.parse(readFileSync(new URL('../../config/profile.schema.json', import.meta.url), 'utf8')) as ProfileSchema;
  return table(
    ['setting', 'default', 'meaning'],
    Object.entries(DEFAULT_PROFILE).map(([name, value]) => [`\`${name}\``, `\`${JSON.stringify(value)}\``, schema.properties[name]?.description ?? '']),
  );
}

function specDiffRulesTable(): string {
  const impact = (i: string) => (i === 'breaking' ? '**breaking**' : 'compatible');
  return table(
    ['rule', 'what changed', 'clients', 'servers', 'why'],
    CHANGE_RULES.map((r) => [`\`${ruleId(r)}\``, `${CHANGE_KINDS[r.change]}, in the ${r.side}`, impact(r.clients), impact(r.servers), r.why]),
  );
}

function reportDiffRulesTable(): string {
  return table(
    ['rule', 'change', 'effect', 'fails report:diff', 'why'],
    REPORT_CHANGE_RULES.map((r) => [`\`${r.kind}\``, REPORT_CHANGE_KINDS[r.kind], r.effect, r.gates ? 'when its severity is `error`' : 'never', r.why]),
  );
}

interface LayerRule {
  readonly name: string;
  readonly to: { readonly pathNot: readonly string[] };
}

/** The allowed arrows, folder by folder, read from the dependency-cruiser rules that enforce them (`npm run lint:layers`). */
function layers(): ReadonlyArray<{ readonly folder: string; readonly allowed: readonly string[] }> {
  const config = createRequire(import.meta.url)(resolve(PACKAGE_ROOT, '.dependency-cruiser.cjs')) as { forbidden: readonly LayerRule[] };
  return config.forbidden
    .filter((rule) => rule.name.startsWith('layer-'))
    .map((rule) => ({
      folder: rule.name.slice('layer-'.length),
      allowed: rule.to.pathNot.slice(1).map((pattern) => pattern.replace(/^\^/, '').replace('(/|$)', '').replaceAll('\\', '')),
    }));
}

function layersTable(): string {
  const rows = layers().map(({ folder, allowed }) => [
    `\`${folder}/\``,
    allowed.length === 0 ? 'nothing (node modules only)' : allowed.map((a) => `\`${a}\``).join(', '),
  ]);
  return table(['folder', 'may import (besides itself)'], rows);
}

/** A single file of another folder (`emulator/emulatorDefaults.ts`), allowed without its folder. */
const isFile = (allowed: string) => allowed.includes('/');

/**
 * The same rules drawn by level: a folder sits one level above the deepest folder it may import,
 * so folders on one level are siblings (neither may import the other). A single file allowed
 * across (config's emulator defaults) is named below the drawing instead of lifting a level.
 */
function layerDrawing(): string {
  const all = layers();
  const level = new Map<string, number>();
  const levelOf = (folder: string): number => {
    const known = level.get(folder);
    if (known !== undefined) return known;
    const below = all.find((l) => l.folder === folder)?.allowed.filter((a) => !isFile(a)) ?? [];
    const mine = below.length === 0 ? 0 : 1 + Math.max(...below.map(levelOf));
    level.set(folder, mine);
    return mine;
  };
  const top = Math.max(...all.map((l) => levelOf(l.folder)));
  const lines = Array.from({ length: top + 1 }, (_, i) => top - i).map(
    (n) =>
      `${String(n).padStart(2)}  ${all
        .filter((l) => levelOf(l.folder) === n)
        .map((l) => l.folder)
        .join(' · ')}`,
  );
  const files = all.flatMap((l) => l.allowed.filter(isFile).map((file) => `    ${l.folder} → ${file} (one file, not its folder)`));
  return ['```text', ...lines, ...(files.length > 0 ? ['', ...files] : []), '```'].join('\n');
}
