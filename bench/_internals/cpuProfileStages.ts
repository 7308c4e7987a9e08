import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Stages of a case, in pipeline order, then what is not the suite's own work. */
export const STAGES = [
  'generation',
  'freshening',
  'validation',
  'checks',
  'transport',
  'runner',
  'recording',
  'reporting',
  'playwright',
  'module loading',
  'emulator',
  'garbage collection',
  'other',
  'idle',
] as const;
export type Stage = (typeof STAGES)[number];

// The innermost frame that matches decides the stage: Ajv under a check is validation, faker under
// a generator is generation, a JSON.parse under the transport is transport.
const RULES: ReadonlyArray<[RegExp, Stage]> = [
  [/^\(idle\)$/, 'idle'],
  [/^\(garbage collector\)$/, 'garbage collection'],
  // Ajv's compiled validators are generated code: no file, functions named validate10, validate11, …
  [/\/node_modules\/ajv(-formats)?\/|\/spec\/_internals\/|\/spec\/loadCreateUserOperation|^validate\d+$/, 'validation'],
  [/generators\/freshenIdentities/, 'freshening'],
  [/\/node_modules\/(fast-check|pure-rand|@faker-js)\/|\/generators\//, 'generation'],
  [
    /\/node_modules\/(undici)\/|node:internal\/deps\/undici|node:(net|http|_http_\w+|internal\/(http|net|stream|streams|webstreams|url))|\/transport\//,
    'transport',
  ],
  [/\/runner\/recording\/|\/runner\/_internals\/record/, 'recording'],
  [/\/reporter\//, 'reporting'],
  [/\/checks\//, 'checks'],
  [/\/runner\//, 'runner'],
  [/\/emulator\//, 'emulator'],
  [/\/node_modules\/(playwright|playwright-core|@playwright)\//, 'playwright'],
  [/\/node_modules\/(tsx|esbuild|yaml)\/|node:internal\/modules|^node:internal\/(vm|process\/esm_loader)/, 'module loading'],
];

/** Milliseconds of CPU samples per stage, and the share of the busy (non-idle) time. */
export interface StageProfile {
  readonly totalMs: number;
  readonly busyMs: number;
  readonly byStage: Readonly<Record<Stage, { readonly ms: number; readonly busyShare: number }>>;
}

/**
 * Where a `node --cpu-prof` profile's time went, by stage of the suite's pipeline: each sample goes
 * to the innermost frame of its stack that a rule recognises (by file path or V8 pseudo-frame).
 * `window` keeps samples from `fromMs` to `untilMs` after the profile started.
 */
export function cpuProfileStages(path: string, window: { fromMs?: number; untilMs?: number } = {}): StageProfile {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const stageOf = new Map<number, Stage>();
  const classify = (id: number): Stage => {
    const known = stageOf.get(id);
    if (known !== undefined) return known;
    const frame = byId.get(id)!.callFrame;
    const key = frame.url || frame.functionName;
    const rule = RULES.find(([pattern]) => pattern.test(key));
    const up = parent.get(id);
    const stage = rule?.[1] ?? (up === undefined ? 'other' : classify(up));
    stageOf.set(id, stage);
    return stage;
  };
  const ms = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  let at = 0;
  profile.samples.forEach((id, i) => {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    at += delta;
    if (at < (window.fromMs ?? 0) || at > (window.untilMs ?? Infinity)) return;
    ms[classify(id)] += delta;
  });
  const totalMs = Object.values(ms).reduce((a, b) => a + b, 0);
  const busyMs = totalMs - ms.idle;
  return {
    totalMs,
    busyMs,
    byStage: Object.fromEntries(STAGES.map((s) => [s, { ms: ms[s], busyShare: s === 'idle' ? 0 : ms[s] / busyMs }])) as StageProfile['byStage'],
  };
}
