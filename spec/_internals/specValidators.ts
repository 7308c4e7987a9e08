import type { ValidateFunction } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { createSpecAjv, SPEC_SCHEMA_ID } from '../createSpecAjv.ts';
import type { SpecDocument } from '../readSpecDocument.ts';
import { SpecError } from '../SpecError.ts';
import { writeCacheEntry } from './compiledSpecCache.ts';

/** A spec's validators by schema pointer, compiled once per process or taken from an earlier one. */
export interface SpecValidators {
  readonly validatorAt: (schemaPointer: string) => ValidateFunction;
  /** Keeps what this process compiled for the next one (now, and again at exit if it compiled more by then). */
  readonly keepForNextProcess: () => void;
}

/**
 * The validators of `spec`: those an earlier process compiled (`precompiled`, from the cache), and
 * any other compiled here on first use by one strict Ajv instance. Without precompiled validators
 * the document is registered at once, so a document Ajv refuses fails now rather than mid-run.
 */
export function specValidators(spec: SpecDocument, precompiled: ReadonlyMap<string, ValidateFunction> | undefined): SpecValidators {
  const validators = new Map(precompiled);
  // Pointer → the key its validator is registered under in `ajv`: what the cache entry is written from.
  const keys = new Map<string, string>();
  let ajv: Ajv2020 | undefined;
  const liveAjv = (): Ajv2020 => {
    try {
      ajv ??= createSpecAjv(spec.document);
    } catch (error) {
      throw new SpecError(spec.path, '', `Ajv refused the document: ${(error as Error).message}`);
    }
    return ajv;
  };
  const compile = (schemaPointer: string): ValidateFunction => {
    const live = liveAjv();
    const key = `validator-${keys.size}`;
    try {
      live.addSchema({ $ref: SPEC_SCHEMA_ID + '#' + schemaPointer.split('/').map(encodeURIComponent).join('/') }, key);
      const validate = live.getSchema(key)!;
      keys.set(schemaPointer, key);
      return validate;
    } catch (error) {
      live.removeSchema(key);
      throw new SpecError(spec.path, schemaPointer, `schema does not compile: ${(error as Error).message}`);
    }
  };
  if (precompiled === undefined) liveAjv();

  let written = 0;
  let atExit = false;
  const write = () => {
    if (keys.size === 0 || validators.size === written) return;
    // The entry holds every validator of the process, from one Ajv instance: the precompiled ones are compiled here too.
    for (const pointer of validators.keys()) if (!keys.has(pointer)) compile(pointer);
    writeCacheEntry(spec.sha256, spec.document, ajv!, keys);
    written = validators.size;
  };
  return {
    validatorAt(schemaPointer) {
      let validate = validators.get(schemaPointer);
      if (validate === undefined) {
        validate = compile(schemaPointer);
        validators.set(schemaPointer, validate);
      }
      return validate;
    },
    keepForNextProcess() {
      write();
      if (!atExit) {
        atExit = true;
        process.once('exit', () => {
          try {
            write();
          } catch {
            // A cache: what cannot be kept at exit is compiled again by the next process.
          }
        });
      }
    },
  };
}
