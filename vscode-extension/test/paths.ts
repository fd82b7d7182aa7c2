// Folders the tests read from: the extension and the repository around it.
import * as path from 'node:path';

/** out/test/ → the extension folder, wherever the compiled tests run from. */
export const extensionRoot = path.resolve(__dirname, '..', '..');
export const repositoryRoot = path.resolve(extensionRoot, '..');
