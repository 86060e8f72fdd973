import "server-only";
import { join } from "node:path";
import { env } from "@/lib/env";
import { LocalDocumentStore } from "./local-store";
import { S3DocumentStore } from "./s3-store";

/**
 * Where uploaded files live, behind one small interface: a folder under the data directory
 * by default, an S3-compatible bucket when S3_BUCKET is set. Keys are made by Meridian
 * (never from a file's name), and nothing here is served directly: downloads go through an
 * authorised route.
 */
export interface DocumentStore {
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  /** The stored bytes as a stream, or null when the key holds nothing. */
  get(key: string): Promise<ReadableStream<Uint8Array> | null>;
  delete(key: string): Promise<void>;
}

let store: DocumentStore | undefined;

export function documentStore(): DocumentStore {
  if (store) return store;
  const config = env();
  store = config.S3_BUCKET
    ? new S3DocumentStore({
        bucket: config.S3_BUCKET,
        endpoint: config.S3_ENDPOINT,
        region: config.S3_REGION,
        forcePathStyle: config.S3_FORCE_PATH_STYLE,
        credentials:
          config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
            ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
            : undefined,
      })
    : new LocalDocumentStore(join(config.MERIDIAN_DATA_DIR, "documents"));
  return store;
}
