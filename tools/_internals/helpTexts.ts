import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../../config/packageRoot.ts';

/** The commands whose `--help` the CLI reference page shows, in its order. */
const DOCUMENTED: ReadonlyArray<readonly string[]> = [['--help'], ['emulator', '--help'], ['spec-diff', '--help'], ['report-diff', '--help']];

/**
 * docs/cli.md as the commands print their help now: the page is generated from the programs
 * themselves (`npm run docs:generate`), and a test compares it with them, so the two cannot drift.
 */
export function cliReference(): string {
  const main = fileURLToPath(new URL('../../cli/main.ts', import.meta.url));
  const sections = DOCUMENTED.map((args) => {
    const text = execFileSync(process.execPath, ['--import', 'tsx', main, ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
    return [`## \`create-user-conformance ${args.join(' ')}\``, '', '```text', text.trimEnd(), '```', ''].join('\n');
  });
  return [
    '# Command-line reference',
    '',
    'Generated from the commands themselves by `npm run docs:generate`; a test keeps it equal to their `--help`.',
    '',
    ...sections,
  ].join('\n');
}
