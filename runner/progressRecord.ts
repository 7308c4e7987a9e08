/**
 * One property's progress as a worker reports it to the console reporter in the main process. A
 * worker is another process whose only channel to the reporters is its output, so the record
 * travels as one marked line of stdout (see `progressRecordLine`); the console reporter takes
 * those lines out of the output and draws a single progress line for the whole run from them.
 */
export interface ProgressRecord {
  /** The property's name (`PropertyDefinition.name`). */
  readonly property: string;
  /** What it is doing: `exploring`, or `shrinking finding 2 of 3` (what the property does now). */
  readonly activity: string;
  /** Generated values run so far (a case, or a scenario of several requests), of `total`. */
  readonly valuesDone: number;
  readonly total: number;
  /** Exchanges judged while exploring: what the summary counts as cases. */
  readonly cases: number;
  /** Distinct findings so far, by severity. */
  readonly errorFindings: number;
  readonly warningFindings: number;
  readonly noteFindings: number;
}

const MARK = '@@conformance-progress ';

/** The record as the line a worker prints (no newline). */
export function progressRecordLine(record: ProgressRecord): string {
  return MARK + JSON.stringify(record);
}

/** The record a printed line carries, or undefined for any other line. */
export function readProgressRecord(line: string): ProgressRecord | undefined {
  if (!line.startsWith(MARK)) return undefined;
  try {
    const record = JSON.parse(line.slice(MARK.length)) as ProgressRecord;
    return typeof record.property === 'string' && Number.isFinite(record.cases) ? record : undefined;
  } catch {
    return undefined;
  }
}
