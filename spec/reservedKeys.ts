import { LATITUDE } from './latitude.ts';

/**
 * The reserved keys (`LATITUDE.reservedKeys`: `__proto__`, `constructor`, `prototype`) a JSON
 * value has as object keys, at any depth, each once. A server may refuse them (a
 * prototype-pollution guard): the emulator does so by choice, and the checks name it when one does.
 */
export function reservedKeysIn(json: unknown): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        if ((LATITUDE.reservedKeys.keys as readonly string[]).includes(key)) found.add(key);
        visit((value as Record<string, unknown>)[key]);
      }
    }
  };
  visit(json);
  return [...found];
}
