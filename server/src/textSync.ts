// The server's copy of an open document, kept as the editor keeps its own. An edit whose range lies
// past the end of the text or of a line, or runs backwards, is clamped and ordered first, as VS Code
// does, so that the copy never diverges (the text-document library, given such a range, leaves holes in
// its line offsets, and later edits then duplicate text).

import { TextDocumentContentChangeEvent, TextDocuments } from 'vscode-languageserver';
import { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';

/** A change's range inside the document: positions clamped to the text, start before end. */
export function clampedChange(document: TextDocument, change: TextDocumentContentChangeEvent): TextDocumentContentChangeEvent {
  if (!('range' in change) || !change.range) return change;
  const clamp = (position: Position): Position => document.positionAt(document.offsetAt(validPosition(position)));
  let start = clamp(change.range.start);
  let end = clamp(change.range.end);
  if (document.offsetAt(start) > document.offsetAt(end)) [start, end] = [end, start];
  const range: Range = { start, end };
  return { range, text: change.text };
}

/** A position with whole, non-negative numbers (a client may send anything). */
function validPosition(position: Position): Position {
  const whole = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0);
  return { line: whole(position?.line), character: whole(position?.character) };
}

/** A document with changes applied in order, each clamped to the text as it stands. */
export function updateClamped(document: TextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): TextDocument {
  let updated = document;
  for (const change of changes) updated = TextDocument.update(updated, [clampedChange(updated, change)], version);
  return updated;
}

/** The open documents, kept with clamped changes. */
export function syncedDocuments(): TextDocuments<TextDocument> {
  return new TextDocuments({ create: TextDocument.create, update: updateClamped });
}
