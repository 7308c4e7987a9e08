import { ConformanceReportError, readConformanceSummary } from '../vocabulary/readConformanceSummary.ts';
import type { LoadedReport } from './diffConformanceReports.ts';

/** An input `report:diff` cannot use: a report it cannot read (unreadable, not JSON, not a conformance.json, another format), or bad arguments. */
export class ReportInputError extends Error {}

/**
 * One of the two reports to compare, read by the suite's one reader of conformance.json; a report it
 * refuses is a ReportInputError naming which of the two it is (`head report <path>: not JSON (…)`).
 */
export function readConformanceReport(path: string, role: 'base' | 'head'): LoadedReport {
  try {
    return { path, summary: readConformanceSummary(path, 'report:diff') };
  } catch (error) {
    if (error instanceof ConformanceReportError) throw new ReportInputError(`${role} report ${error.message}`, { cause: error });
    throw error;
  }
}
