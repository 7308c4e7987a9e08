import type { PropertyReport } from '../../vocabulary/PropertyReport.ts';
import type { ValueClassCoverage } from '../../vocabulary/ConformanceSummary.ts';
import { sumCounts } from './sumCounts.ts';

/**
 * The value-class coverage of the run: per location, per class (in the order the generators declare
 * them), how many exchanges sent it and the answers, summed over properties. Undefined when no
 * property counted classes (reports written before coverage existed).
 */
export function summarizeValueClasses(properties: readonly PropertyReport[]): ValueClassCoverage[] | undefined {
  const tallies = properties.flatMap((p) => (p.valueClasses ? [p.valueClasses] : []));
  if (tallies.length === 0) return undefined;
  const locations = [...new Set(tallies.flatMap((t) => Object.keys(t)))];
  return locations.map((location) => {
    const names = [...new Set(tallies.flatMap((t) => Object.keys(t[location] ?? {})))];
    return {
      location,
      classes: names.map((name) => {
        const answers = sumCounts(tallies.map((t) => t[location]?.[name] ?? {}));
        return {
          name,
          sent: Object.values(answers).reduce((sum, n) => sum + n, 0),
          answers: Object.entries(answers)
            .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
            .map(([answer, count]) => ({ answer, count })),
        };
      }),
    };
  });
}

/** `201 ×40, 400 invalid_request ×3`, or `never drawn`: one class's answers, as the Markdown and HTML pages print them. */
export function valueClassAnswers(entry: ValueClassCoverage['classes'][number]): string {
  return entry.sent === 0 ? 'never drawn' : entry.answers.map((a) => `${a.answer} ×${a.count}`).join(', ');
}
