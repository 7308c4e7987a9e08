import { fileURLToPath } from 'node:url';

/**
 * The OpenAPI document the suite ships (beside this module, in the repository and in the built
 * package alike), so every step finds it without knowing where the package is installed.
 */
export const DEFAULT_SPEC_PATH = fileURLToPath(new URL('./openapi.yaml', import.meta.url));
