// What an uploaded signed scan must be, judged by its bytes, not its name: a PDF from its
// header to its end-of-file marker (a truncated upload has none), within the size limit.
// Two markers from the PDF specification are all it takes, so no file-type library.

const HEADER = new TextEncoder().encode("%PDF-");
const TRAILER = new TextEncoder().encode("%%EOF");
/** Readers accept the header anywhere in the first kilobyte, and the trailer in the last. */
const WINDOW = 1024;

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  outer: for (let i = Math.max(0, from); i <= Math.min(haystack.length, to) - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

export function isPdf(bytes: Uint8Array): boolean {
  return indexOf(bytes, HEADER, 0, WINDOW) >= 0 && indexOf(bytes, TRAILER, bytes.length - WINDOW, bytes.length) >= 0;
}

export type UploadProblem = "required" | "empty" | "tooLarge" | "notPdf";

/** What is wrong with an upload, if anything: no file chosen (no name) differs from an empty one. */
export function uploadProblem({ name, bytes }: { name: string; bytes: Uint8Array }, maxBytes: number): UploadProblem | null {
  if (bytes.length === 0) return name.trim() ? "empty" : "required";
  if (bytes.length > maxBytes) return "tooLarge";
  if (!isPdf(bytes)) return "notPdf";
  return null;
}

/**
 * The name a file is listed and downloaded under: the last path segment of what the browser
 * sent, without control characters, at most 200 characters, ending in .pdf.
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const printable = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  const stem = printable.replace(/\.pdf$/i, "").slice(0, 196) || "document";
  return `${stem}.pdf`;
}

/** Content-Disposition for a download: an ASCII fallback and the exact name (RFC 6266, 5987). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
