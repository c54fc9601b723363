// Reading a file a workspace holds, which may be anything: a device (`/dev/zero`), a link to one, a
// folder, a file that grows while it is read, or simply too large. Only regular files are read, and no
// more bytes than a limit, counted as they are read (`stat` says 0 for a device).

import * as fs from 'node:fs';

export type BoundedRead =
  | { bytes: Buffer }
  | { problem: 'missing' | 'not-a-file' | 'too-large' | 'unreadable'; message: string };

/** A regular file's bytes, at most `limit` of them, or why they cannot be had. */
export function readRegularFile(file: string, limit: number): BoundedRead {
  let descriptor: number | undefined;
  try {
    descriptor = fs.openSync(file, 'r');
    const stat = fs.fstatSync(descriptor);
    if (!stat.isFile()) return { problem: 'not-a-file', message: 'not a regular file (a device, a folder or a link to one)' };
    if (stat.size > limit) return { problem: 'too-large', message: `larger than ${describeBytes(limit)}` };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
      const read = fs.readSync(descriptor, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > limit) return { problem: 'too-large', message: `larger than ${describeBytes(limit)}` };
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { problem: 'missing', message: 'not found' } : { problem: 'unreadable', message: (error as Error).message };
  } finally {
    if (descriptor !== undefined) fs.closeSync(descriptor);
  }
}

/** A regular file's bytes, at most `limit` of them, or undefined. */
export function readBounded(file: string, limit: number): Buffer | undefined {
  const read = readRegularFile(file, limit);
  return 'bytes' in read ? read.bytes : undefined;
}

function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}
