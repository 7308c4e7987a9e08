import fc from 'fast-check';
import type { AppRole } from '../../vocabulary/CreateUserCase.ts';
import { freeIdentityParts } from '../../generators/freeIdentityParts.ts';
import { identityPartsOf } from '../../spec/identityParts.ts';
import { modelStepArbitrary } from '../../generators/modelStepArbitrary.ts';
import type { ScenarioStep } from '../../generators/Scenario.ts';
import type { CaseOutcome, CasePipeline } from '../casePipeline.ts';
import type { PropertyDefinition } from '../PropertyDefinition.ts';
import { sendStep } from '../sendStep.ts';
import type { SuiteContext } from '../suiteContext.ts';
import { disabledAppMissing } from './disabledAppMissing.ts';

/** What the model knows: the users created so far, and the requests refused, as they were sent. */
interface Model {
  readonly users: CaseOutcome[];
  readonly refused: CaseOutcome[];
  steps: number;
}

/** The system under test, and where every exchange of the run is collected for the report. */
type Real =
  | { readonly rehearsal: false; readonly pipeline: CasePipeline; readonly context: SuiteContext; readonly outcomes: CaseOutcome[] }
  /** Sends nothing: see `markAsRun`. */
  | { readonly rehearsal: true };

const MAX_COMMANDS = 12;

/**
 * One model-based command: sends its step, with the expectation the model predicts (a reuse of a
 * created user's identity is a conflict, see `planReuse`), and adds any user the target created
 * to the model. It never throws: every exchange is judged by the checks, and a finding is shrunk
 * like any other, which for a command sequence means to the shortest sequence that shows it.
 */
class StepCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly step: ScenarioStep) {}

  check(): true {
    return true;
  }

  async run(model: Model, real: Real): Promise<void> {
    if (real.rehearsal) return;
    const index = ++model.steps;
    const { source, whose } = this.step.kind === 'reuse' && this.step.reuse.parts === 'free' ? this.refusedSource(model, real.context) : this.userSource(model);
    const label = `${index}. ${this.toString()}${whose}`;
    const outcomes = await sendStep(this.step, source, real.pipeline, real.context, label, model.users);
    real.outcomes.push(...outcomes);
    const { successStatus } = real.context.operation;
    model.users.push(...outcomes.filter((o) => o.exchange.response?.status === successStatus));
    model.refused.push(...outcomes.filter((o) => (o.exchange.response?.status ?? 0) >= 400 && (o.exchange.response?.status ?? 0) < 500));
  }

  /** The created user a reuse takes parts from. */
  userSource(model: Model): { source: CaseOutcome | undefined; whose: string } {
    if (this.step.kind !== 'reuse') return { source: undefined, whose: '' };
    // Only a user that carries one of the parts to reuse can lend it: one created without them
    // (with no identity part at all, say) has nothing of the kind to collide with.
    const wanted = this.step.reuse.parts !== 'all' && this.step.reuse.parts !== 'free' ? this.step.reuse.parts : undefined;
    const reusable = model.users.flatMap((u, i) => (identityPartsOf(u.testCase.body).some((p) => wanted === undefined || wanted.includes(p)) ? [i] : []));
    const user = reusable.length > 0 ? reusable[this.step.from % reusable.length] : undefined;
    return user === undefined ? { source: undefined, whose: ' (no user yet: sent fresh)' } : { source: model.users[user], whose: ` of user #${user + 1}` };
  }

  /**
   * The refused request whose free parts a `free` reuse re-sends, among those that have any (as
   * a reuse takes its parts from users that carry them): nothing is sent while there is none.
   */
  refusedSource(model: Model, context: SuiteContext): { source: CaseOutcome | undefined; whose: string } {
    const owned = model.users.map((u) => u.testCase.body);
    const candidates =
      this.step.kind === 'reuse'
        ? model.refused.filter((r) => {
            const free = freeIdentityParts(r.testCase.body, owned, context.operation, context.profile, 0);
            return free.identifiers.length > 0 || free.externalId !== undefined || free.id !== undefined;
          })
        : [];
    if (this.step.kind !== 'reuse' || candidates.length === 0) return { source: undefined, whose: ' (nothing refused to re-send yet: not sent)' };
    const source = candidates[this.step.from % candidates.length]!;
    return { source, whose: ` of refused request ${source.label?.split('.')[0] ?? '?'}` };
  }

  toString(): string {
    return this.step.template.family.replace(/^model\//, '').replaceAll('-', ' ');
  }
}

/**
 * The model-based stateful run: `fc.commands` over {create fresh, reuse an identifier /
 * `external_id` / `id` of an earlier user, create invalid, create to an unknown or disabled app,
 * create without valid credentials, re-send the free parts of a refused request}, run by
 * `fc.asyncModelRun` against the target; the model predicts every answer, refusals included. One
 * sequence per 5 cases (each sends several), at least 2.
 */
export const modelRunProperty: PropertyDefinition<Iterable<fc.AsyncCommand<Model, Real>>> = {
  name: 'model-based-run',
  values: {
    drawn: (context) => {
      const badApps: Array<Exclude<AppRole, 'enabled'>> = disabledAppMissing(context) ? ['unknown'] : ['unknown', 'disabled'];
      const step = modelStepArbitrary(context.operation, context.profile, badApps, context.config.target.apiToken);
      return fc.commands([step.map((s) => new StepCommand(s))], { maxCommands: MAX_COMMANDS }).map(markAsRun);
    },
  },
  execute: async (commands, pipeline, context) => {
    const real = { rehearsal: false as const, pipeline, context, outcomes: [] };
    await fc.asyncModelRun(() => ({ model: { users: [], refused: [], steps: 0 }, real }), commands);
    return real.outcomes;
  },
  runs: (configured) => Math.max(2, Math.ceil(configured / 5)),
  skipped: (context) => {
    const missing = disabledAppMissing(context);
    return missing ? [{ ...missing, reason: `${missing.reason} The model-based run sends no request to a disabled app.` }] : [];
  },
};

/**
 * fast-check shrinks only the commands of a sequence that ran, and replaying a path
 * (`CONFORMANCE_REPLAY_PATH`) walks the shrink tree without executing anything. Here every command
 * always runs (`check` is always true, `run` never throws), so each generated or shrunk sequence is
 * marked as run, through the command API, as soon as it exists: the shrink tree is then the same
 * whether a sequence was executed or only replayed, and a printed path replays exactly.
 */
function markAsRun<C extends Iterable<fc.AsyncCommand<Model, Real>>>(commands: C): C {
  for (const command of commands) void command.run({ users: [], refused: [], steps: 0 }, { rehearsal: true });
  return commands;
}
