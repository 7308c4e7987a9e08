import type { ValidateFunction } from 'ajv';
import type { SpecDocument } from './readSpecDocument.ts';

/** One error schema of a status: the `code` and `status` values its enums allow together. */
export interface ErrorVariant {
  readonly schemaPointer: string;
  readonly schemaName: string;
  readonly codes: readonly string[];
  readonly statusTexts: readonly string[];
}

/** A documented response: what `status_documented`, `content_type` and `response_schema` check. */
export interface DocumentedResponse {
  /** The key as written in the spec: `201`, `4XX` or `default`. */
  readonly key: string;
  readonly pointer: string;
  readonly mediaTypes: readonly string[];
  readonly schemaPointer: string | undefined;
  readonly validate: ValidateFunction | undefined;
  /** Empty for responses whose schema is not an error object (e.g. 201). */
  readonly errorVariants: readonly ErrorVariant[];
}

/** A (HTTP status, error code) pair the spec allows, derived from the error schemas' enums. */
export interface StatusCodePairing {
  readonly httpStatus: number;
  readonly code: string;
  readonly statusText: string;
  readonly schemaName: string;
  readonly schemaPointer: string;
}

/**
 * Everything the suite knows about `POST /v2/session/apps/{appID}/users`, indexed once from the
 * document. Generators, checks, the emulator and the reports all read the spec through this.
 * Its functions are properties, not methods: they use no `this`, and callers pass them around detached.
 */
export interface CreateUserOperation {
  readonly spec: SpecDocument;
  readonly title: string;
  readonly version: string;
  readonly method: 'POST';
  readonly pathTemplate: string;
  readonly pointer: string;
  readonly request: {
    readonly required: boolean;
    readonly mediaType: string;
    readonly schemaPointer: string;
    readonly validate: ValidateFunction;
  };
  /** Keyed by the spec's response key (`201`, `4XX`, `default`). */
  readonly responses: ReadonlyMap<string, DocumentedResponse>;
  readonly pairings: readonly StatusCodePairing[];
  /** The lowest documented 2xx status: what a successful create must answer. */
  readonly successStatus: number;
  /** Compiles (once, cached) a validator for any schema in the document, by pointer. */
  readonly validatorAt: (schemaPointer: string) => ValidateFunction;
  /** The schema node at a pointer and where it really lives, `$ref`s followed: what generators walk. */
  readonly schemaAt: (schemaPointer: string) => { readonly pointer: string; readonly node: Record<string, unknown> };
  /** The documented response for an HTTP status, honouring `NXX` ranges and `default`. */
  readonly responseFor: (status: number) => DocumentedResponse | undefined;
}
