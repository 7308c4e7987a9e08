// The allowed arrows between the project's folders, written once and enforced by
// `npm run lint:layers` (part of `npm test`). Each arrow is one an import uses (the vocabulary, the
// shared base, and the tools around the suite excepted): generators and checks are siblings that
// the runner combines; the transport sits on generators because a case's bytes are made there
// (generators/caseContent.ts). The emulator is a server, not a step of the suite: it knows the spec
// and nothing of the suite. docs/architecture.md draws this table level by level (`npm run docs:generate`).

/** Folder → the folders (or single files) its modules may import, besides their own folder. */
const LAYERS = {
  vocabulary: [],
  spec: ['vocabulary'],
  emulator: ['vocabulary', 'spec'],
  // The embedded emulator is the default target: config needs its token and apps, nothing else.
  config: ['vocabulary', 'spec', 'emulator/emulatorDefaults\\.ts'],
  generators: ['vocabulary', 'spec', 'config'],
  transport: ['vocabulary', 'config', 'generators'],
  checks: ['vocabulary', 'spec', 'config'],
  runner: ['vocabulary', 'spec', 'config', 'generators', 'transport', 'checks'],
  reporter: ['vocabulary', 'spec', 'config', 'checks', 'runner'],
  specdiff: ['vocabulary', 'spec', 'config'],
  reportdiff: ['vocabulary', 'config', 'reporter'],
  // The command starts the suite, the emulator and the diffs as programs: it imports what reads its flags, and the report's reader.
  cli: ['vocabulary', 'config'],
  // Tools around the suite: they may use any step, never the tests.
  bench: ['vocabulary', 'spec', 'config', 'generators', 'transport', 'checks', 'runner', 'reporter', 'emulator'],
  fidelity: ['vocabulary', 'spec', 'config', 'generators', 'transport', 'checks', 'runner', 'reporter', 'emulator', 'bench'],
};
// The docs generator (`npm run docs:generate`, tools/) documents every folder, so it may read all of
// them; it does not ship, and nothing imports it.
LAYERS.tools = Object.keys(LAYERS);

const layerRules = Object.entries(LAYERS).map(([folder, allowed]) => ({
  name: `layer-${folder}`,
  comment: `${folder}/ may import only ${allowed.length ? allowed.join(', ') : 'node modules'} (see .dependency-cruiser.cjs)`,
  severity: 'error',
  from: { path: `^${folder}/` },
  to: {
    path: `^(${[...Object.keys(LAYERS), 'tests'].join('|')})/`,
    pathNot: [`^${folder}/`, ...allowed.map((target) => `^${target}(/|$)`)],
  },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'internals-are-private',
      comment: "a folder's _internals/ are its own: other folders import its public files (tests may test them)",
      severity: 'error',
      from: { path: '^([a-z]+)/', pathNot: '^tests/' },
      to: { path: '/_internals/', pathNot: '^$1/' },
    },
    {
      name: 'no-circular',
      comment: 'a cycle makes two modules one: merge them or move the shared part down a layer',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'nothing-imports-tests',
      comment: 'tests/ and its support code are not part of the product',
      severity: 'error',
      from: { pathNot: '^tests/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|reports|test-results|scratch)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
