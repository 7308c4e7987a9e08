/**
 * Raised when the OpenAPI document cannot drive the suite: unreadable, not YAML, missing the
 * operation, or with a schema Ajv refuses. The message names the file and the JSON pointer, so a
 * broken spec stops the run at start-up with one readable line instead of a failure per test.
 */
export class SpecError extends Error {
  constructor(
    readonly specPath: string,
    readonly pointer: string,
    detail: string,
  ) {
    super(`Spec ${specPath}${pointer ? ` at ${pointer}` : ''}: ${detail}`);
    this.name = 'SpecError';
  }
}
