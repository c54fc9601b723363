// file:// URIs and paths. vscode-uri would do; these two functions are all the server needs.

import { fileURLToPath, pathToFileURL } from 'node:url';

export const URI = {
  fromPath(file: string): string {
    return pathToFileURL(file).href;
  },
  /** The path of a file URI, or undefined for other schemes (untitled documents, remote files). */
  toPath(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  },
};
