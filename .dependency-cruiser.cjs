// The allowed arrows between the project's folders, written once and enforced by
// `npm run lint:layers` (part of `npm test`). Data flows one way:
//   vocabulary ← spec ← config ← generators ← transport ← checks ← runner ← reporter ← cli
// The emulator is a server, not a step of the suite: it knows the spec and nothing of the suite.
// docs/architecture.md draws the same table.

/** Folder → the folders (or single files) its modules may import, besides their own folder. */
const LAYERS = {
  vocabulary: [],
  spec: ['vocabulary'],
  emulator: ['vocabulary', 'spec'],
  // The embedded emulator is the default target: config needs its token and apps, nothing else.
  config: ['vocabulary', 'spec', 'emulator/emulatorDefaults\\.ts'],
  generators: ['vocabulary', 'spec', 'config'],
  transport: ['vocabulary', 'spec', 'config', 'generators'],
  checks: ['vocabulary', 'spec', 'config', 'generators', 'transport'],
  runner: ['vocabulary', 'spec', 'config', 'generators', 'transport', 'checks'],
  reporter: ['vocabulary', 'spec', 'config', 'checks', 'runner'],
  specdiff: ['vocabulary', 'spec', 'config'],
  reportdiff: ['vocabulary', 'config', 'reporter'],
  cli: ['vocabulary', 'spec', 'config', 'generators', 'transport', 'checks', 'runner', 'emulator', 'specdiff', 'reportdiff'],
  // Tools around the suite: they may use any step, never the tests.
  bench: ['vocabulary', 'spec', 'config', 'generators', 'transport', 'checks', 'runner', 'reporter', 'emulator'],
  fidelity: ['vocabulary', 'spec', 'config', 'generators', 'transport', 'checks', 'runner', 'reporter', 'emulator', 'bench'],
};

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
