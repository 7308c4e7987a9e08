import { readFileSync } from 'node:fs';
import type { TestResult } from '@playwright/test/reporter';
import { PROPERTY_REPORT_ATTACHMENT, type PropertyReport } from '../../vocabulary/PropertyReport.ts';

/**
 * The property outcome a conformance test attached, if any. In a live run the attachment carries
 * its `body`; rebuilt from merged shard blobs it may instead be a file at `path`, which only
 * exists while the merge runs: read it now, not at the end.
 */
export function readPropertyReport(attachments: TestResult['attachments']): PropertyReport | undefined {
  const attachment = attachments.find((a) => a.name === PROPERTY_REPORT_ATTACHMENT);
  if (!attachment) return undefined;
  const text = attachment.body ? attachment.body.toString('utf8') : attachment.path ? readFileSync(attachment.path, 'utf8') : undefined;
  return text === undefined ? undefined : (JSON.parse(text) as PropertyReport);
}
