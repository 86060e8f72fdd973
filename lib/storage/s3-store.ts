import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { DocumentStore } from "./document-store";

export type S3StoreOptions = {
  bucket: string;
  endpoint?: string;
  region: string;
  forcePathStyle: boolean;
  /** Without them the SDK's own chain applies (environment, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

/** An S3-compatible bucket (AWS, MinIO, Ceph…) through the official SDK. */
export class S3DocumentStore implements DocumentStore {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor({ bucket, ...options }: S3StoreOptions) {
    this.bucket = bucket;
    this.client = new S3Client(options);
  }

  async put(key: string, body: Uint8Array, contentType: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }));
  }

  async get(key: string): Promise<ReadableStream<Uint8Array> | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return object.Body?.transformToWebStream() ?? null;
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}
