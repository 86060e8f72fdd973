import { describe, expect, it } from "vitest";
import { attachmentHeader, cleanFileName, isPdf, uploadProblem } from "./upload-checks";

const bytes = (text: string) => new TextEncoder().encode(text);
const pdf = bytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

describe("isPdf: by content, not by name", () => {
  it("accepts a PDF with its header and end-of-file marker", () => {
    expect(isPdf(pdf)).toBe(true);
  });

  it("refuses other files, and a PDF cut short in transfer", () => {
    expect(isPdf(bytes("PK\u0003\u0004 a zip renamed to .pdf"))).toBe(false);
    expect(isPdf(bytes("<html>%PDF-1.7</html>".padEnd(2000, " ")))).toBe(false);
    expect(isPdf(pdf.slice(0, pdf.length - 8))).toBe(false);
  });
});

describe("uploadProblem", () => {
  it.each([
    ["", new Uint8Array(), 100, "required"],
    ["scan.pdf", new Uint8Array(), 100, "empty"],
    ["scan.pdf", pdf, 10, "tooLarge"],
    ["scan.pdf", bytes("just text"), 100, "notPdf"],
    ["scan.pdf", pdf, 1000, null],
  ] as const)("%#: %s", (name, file, max, problem) => {
    expect(uploadProblem({ name, bytes: file }, max)).toBe(problem);
  });
});

describe("file names", () => {
  it.each([
    ["C:\\Scans\\Agreement 2026.PDF", "Agreement 2026.pdf"],
    ["../../etc/passwd", "passwd.pdf"],
    ["合作协议（签字版）.pdf", "合作协议（签字版）.pdf"],
    ["a\u0000b\u001f.pdf", "ab.pdf"],
    ["", "document.pdf"],
    [`${"x".repeat(300)}.pdf`, `${"x".repeat(196)}.pdf`],
  ])("%j → %j", (given, clean) => {
    expect(cleanFileName(given)).toBe(clean);
  });

  it("downloads under the exact name, with an ASCII fallback for old clients", () => {
    expect(attachmentHeader("合作协议.pdf")).toBe(`attachment; filename="____.pdf"; filename*=UTF-8''${encodeURIComponent("合作协议.pdf")}`);
    expect(attachmentHeader('say "hi".pdf')).toBe(`attachment; filename="say _hi_.pdf"; filename*=UTF-8''say%20%22hi%22.pdf`);
  });
});
