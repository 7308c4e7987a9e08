import type { ConformanceSummary } from '../../vocabulary/ConformanceSummary.ts';
import { specSha256 } from './describe.ts';

type Note = (base: ConformanceSummary, head: ConformanceSummary) => string | undefined;

/**
 * What differs between the two runs besides the target's behaviour, each a reason the changes may
 * not be the target's doing. One entry per thing worth saying; undefined when it does not apply.
 */
export const RUN_CONTEXT_NOTES: readonly Note[] = [
  (base, head) =>
    specSha256(base) === specSha256(head)
      ? undefined
      : `The two runs used different spec documents (sha256 ${specSha256(base).slice(0, 12)} → ${specSha256(head).slice(0, 12)}${specNames(base, head)}): changes below may come from the spec, not the target; \`npm run spec:diff -- old.yaml new.yaml\` on the two documents classifies the spec's own changes.`,
  (base, head) =>
    base.run.metadata?.suiteVersion === head.run.metadata?.suiteVersion
      ? undefined
      : `The suite version differs (${base.run.metadata?.suiteVersion ?? 'unknown'} → ${head.run.metadata?.suiteVersion ?? 'unknown'}): its checks and generators may have changed.`,
  (base, head) => (targetOf(base) === targetOf(head) ? undefined : `The targets differ (${targetOf(base)} → ${targetOf(head)}).`),
  (base, head) =>
    base.run.metadata?.failOn === head.run.metadata?.failOn
      ? undefined
      : `CONFORMANCE_FAIL_ON differs (${base.run.metadata?.failOn ?? 'unknown'} → ${head.run.metadata?.failOn ?? 'unknown'}): the verdicts are not judged alike.`,
  (base, head) =>
    base.run.seed === head.run.seed
      ? undefined
      : `The seeds differ (${base.run.seed ?? 'unknown'} → ${head.run.seed ?? 'unknown'}): the runs sent different cases, so rare outcomes may come and go by chance; pin CONFORMANCE_SEED to compare like with like.`,
];

// The embedded emulator listens on a new port every run: the same target whatever its URL.
function targetOf(summary: ConformanceSummary): string {
  const target = summary.run.metadata?.target;
  return !target ? 'unknown' : target.kind === 'emulator' ? 'the embedded emulator' : target.url;
}

function specNames(base: ConformanceSummary, head: ConformanceSummary): string {
  const [was, is] = [base.run.metadata?.spec, head.run.metadata?.spec];
  if (!was || !is) return '';
  const [before, after] = [`${was.title} ${was.version}`, `${is.title} ${is.version}`];
  return before === after ? `; both call themselves ${after}` : `; ${before} → ${after}`;
}
