import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordFormat } from '../../config/recordFormats.ts';
import { recordingDir } from './exchangeRecorder.ts';
import { harEntry } from './harEntry.ts';
import type { RecordedExchangeEvent } from './RecordedEvent.ts';

/**
 * At the end of a run: the workers' recordings of `runId` joined into `exchanges.ndjson` and/or
 * `exchanges.har` beside the reports, written entry by entry (a long run's recording is never
 * held in memory whole), then the parts removed. Returns the files written.
 */
export function assembleRecording(reportDir: string, runId: string, formats: readonly RecordFormat[], creator: { name: string; version: string }): string[] {
  const dir = recordingDir(reportDir);
  if (formats.length === 0 || !existsSync(dir)) return [];
  const parts = readdirSync(dir)
    .filter((name) => name.startsWith(`${runId}-`) && name.endsWith('.ndjson'))
    .sort()
    .map((name) => join(dir, name));
  const outputs = { ndjson: join(reportDir, 'exchanges.ndjson'), har: join(reportDir, 'exchanges.har') };
  const fds = Object.fromEntries(formats.map((f) => [f, openSync(outputs[f], 'w')])) as Partial<Record<RecordFormat, number>>;
  try {
    if (fds.har !== undefined) writeSync(fds.har, `{"log":{"version":"1.2","creator":${JSON.stringify(creator)},"pages":[],"entries":[`);
    let first = true;
    for (const part of parts) {
      for (const line of readFileSync(part, 'utf8').split('\n')) {
        if (line === '') continue;
        if (fds.ndjson !== undefined) writeSync(fds.ndjson, `${line}\n`);
        if (fds.har !== undefined) {
          writeSync(fds.har, `${first ? '' : ','}\n${JSON.stringify(harEntry(JSON.parse(line) as RecordedExchangeEvent))}`);
          first = false;
        }
      }
    }
    if (fds.har !== undefined) writeSync(fds.har, '\n]}}\n');
  } finally {
    for (const fd of Object.values(fds)) closeSync(fd);
  }
  for (const part of parts) rmSync(part);
  if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
  return formats.map((f) => outputs[f]);
}
