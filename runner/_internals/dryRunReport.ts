import type { PropertyReport } from '../../vocabulary/PropertyReport.ts';
import type { SuiteContext } from '../suiteContext.ts';
import { emptyReport } from './emptyReport.ts';
import { printPlan } from './printPlan.ts';
import type { ValueSource } from './ValueSource.ts';

/**
 * A dry run of a property (`CONFORMANCE_DRY_RUN=1`): its values are drawn as a run would draw
 * them and printed with their replay paths, and nothing is sent; the report says so.
 */
export async function dryRunReport<T>(property: string, context: SuiteContext, source: ValueSource<T>): Promise<PropertyReport> {
  const values: T[] = [];
  for (let i = 0; i < source.count; i++) values.push(await source.next());
  printPlan(
    property,
    values,
    values.map((_, i) => source.pathOf(i)),
  );
  return emptyReport(property, context, { check: '*', reason: 'dry run (CONFORMANCE_DRY_RUN=1): nothing was sent' });
}
