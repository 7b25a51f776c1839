import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Attachment bytes live outside the database, content-addressed by SHA-256
 * under one directory (shared by every process; see docs/OPERATIONS.md).
 * Writes go to a temporary file and are renamed into place, so a crash never
 * leaves a half-written blob under its final name.
 */
export interface BlobStore {
  put(bytes: Buffer): Promise<{ sha256: string; size: number }>;
  get(sha256: string): Promise<Buffer>;
}

export function fileBlobStore(dir: string): BlobStore {
  const pathOf = (sha: string) => join(dir, sha.slice(0, 2), sha);
  return {
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(sha256);
      const exists = await stat(target).then(() => true, () => false);
      if (!exists) {
        await mkdir(join(dir, sha256.slice(0, 2)), { recursive: true });
        const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
        await writeFile(tmp, bytes);
        await rename(tmp, target);
      }
      return { sha256, size: bytes.length };
    },
    async get(sha256) {
      if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('bad blob id');
      return readFile(pathOf(sha256));
    },
  };
}
