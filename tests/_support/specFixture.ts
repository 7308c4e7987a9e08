import { resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../config/packageRoot.ts';
import type { CreateUserOperation } from '../../spec/CreateUserOperation.ts';
import { loadCreateUserOperation } from '../../spec/loadCreateUserOperation.ts';

export const SPEC_PATH = resolve(PACKAGE_ROOT, 'spec/openapi.yaml');

let operation: CreateUserOperation | undefined;

/** The project's spec, indexed once per test worker. */
export function specOperation(): CreateUserOperation {
  operation ??= loadCreateUserOperation(SPEC_PATH);
  return operation;
}

/** A docs page embedding `yaml` between ```` fences, as Prelude's docs pages (and the seed page) do. */
export function docsPageEmbedding(yaml: string): string {
  return `# Create user\n\n## OpenAPI\n\n\`\`\`\`yaml post /v2/session/apps/{appID}/users\n${yaml}\`\`\`\`\n`;
}
