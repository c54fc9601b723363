// file:// URIs and paths, spelt the way VS Code spells them (vscode-uri): the editor escapes
// characters such as spaces, brackets and `&` that Node's `pathToFileURL` leaves alone, so a file
// read from disk and the same file opened in the editor would otherwise be two documents.

import { URI as VsCodeUri } from 'vscode-uri';

export const URI = {
  fromPath(file: string): string {
    return VsCodeUri.file(file).toString();
  },
  /** The path of a file URI, or undefined for other schemes (untitled documents, remote files). */
  toPath(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return VsCodeUri.parse(uri).fsPath;
    } catch {
      return undefined;
    }
  },
  /** The one spelling the index keys a document by, whatever spelling a client sent. */
  canonical(uri: string): string {
    const file = URI.toPath(uri);
    return file === undefined ? uri : URI.fromPath(file);
  },
};
