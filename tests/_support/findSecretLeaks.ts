import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readZipEntries } from './readZipEntries.ts';

const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'binary');
// Base64 payloads inside files: the HTML report's embedded zip, blob attachments ("base64": "…").
const EMBEDDED_BASE64 = [/data:application\/zip;base64,([A-Za-z0-9+/=]+)/g, /"base64":"([A-Za-z0-9+/=]+)"/g];

/**
 * Every place under `dir` where `secret` appears: plain files, inside zip archives (traces,
 * blobs), and inside base64 payloads (the HTML report's embedded zip, blob attachments).
 * Compressed or encoded content would otherwise hide a leak from a plain grep.
 */
export function findSecretLeaks(dir: string, secret: string): string[] {
  return filesUnder(dir).flatMap((file) => leaksIn(file, readFileSync(file), secret));
}

/** All regular files under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function leaksIn(where: string, content: Buffer, secret: string): string[] {
  const leaks = content.includes(secret) ? [where] : [];
  if (content.subarray(0, 4).equals(ZIP_MAGIC)) {
    for (const entry of readZipEntries(content)) leaks.push(...leaksIn(`${where}!${entry.name}`, entry.data, secret));
  }
  const text = content.toString('latin1');
  for (const match of EMBEDDED_BASE64.flatMap((pattern) => [...text.matchAll(pattern)])) {
    leaks.push(...leaksIn(`${where}!base64`, Buffer.from(match[1]!, 'base64'), secret));
  }
  return leaks;
}
