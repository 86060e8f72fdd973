import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, resolve, sep } from "node:path";
import { Readable } from "node:stream";
import type { DocumentStore } from "./document-store";

/** Files in a folder: written to a temporary name, then renamed, so a crash leaves no half file. */
export class LocalDocumentStore implements DocumentStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private pathOf(key: string): string {
    const path = resolve(this.root, key);
    // Keys are ours, but a key that leaves the folder is a bug that must not become a file.
    if (!path.startsWith(this.root + sep)) throw new Error(`document key outside the store: ${key}`);
    return path;
  }

  async put(key: string, body: Uint8Array): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.partial`;
    await writeFile(temporary, body);
    await rename(temporary, path);
  }

  async get(key: string): Promise<ReadableStream<Uint8Array> | null> {
    const path = this.pathOf(key);
    const found = await stat(path).catch(() => null);
    if (!found?.isFile()) return null;
    return Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
