import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { csvField, csvStream, xlsxStream, type Column } from "./tabular";

type Row = { name: string; native: string | null; since: Date; agreements: number };
const columns: Column<Row>[] = [
  { header: "Name", value: (row) => row.name },
  { header: "Native name", value: (row) => row.native },
  { header: "Since", value: (row) => row.since },
  { header: "Agreements", value: (row) => row.agreements },
];
async function* rows(count: number): AsyncGenerator<Row> {
  for (let i = 0; i < count; i++) yield { name: `Partner, "${i}"`, native: i % 2 ? "清华大学" : null, since: new Date(Date.UTC(2020, 0, 1 + i)), agreements: i };
}
const bytesOf = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());

describe("csvField", () => {
  it.each([
    [null, ""],
    ["plain", "plain"],
    ['say "hi", then\nleave', '"say ""hi"", then\nleave"'],
    ["=HYPERLINK(\"http://evil\")", `"'=HYPERLINK(""http://evil"")"`],
    ["-1+2", "'-1+2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    [-5, "-5"],
    [new Date("2027-03-04T10:00:00Z"), "2027-03-04"],
  ])("%j → %j", (value, text) => {
    expect(csvField(value)).toBe(text);
  });
});

describe("csvStream", () => {
  it("starts with a byte-order mark and the headers, ends every line with CRLF, and keeps Chinese intact", async () => {
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await bytesOf(csvStream(rows(3), columns)));
    expect(text).toBe(
      '\uFEFFName,Native name,Since,Agreements\r\n"Partner, ""0""",,2020-01-01,0\r\n"Partner, ""1""",清华大学,2020-01-02,1\r\n"Partner, ""2""",,2020-01-03,2\r\n',
    );
  });

  it("writes every row of a long list, in batches", async () => {
    const text = new TextDecoder().decode(await bytesOf(csvStream(rows(1234), columns)));
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(1235);
  });
});

describe("xlsxStream", () => {
  it("makes a workbook Excel reads back: headers, text in two scripts, dates and numbers", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytesOf(xlsxStream(rows(2), columns, "Partners"))).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet("Partners");
    expect(sheet?.getRow(1).values).toEqual([undefined, "Name", "Native name", "Since", "Agreements"]);
    expect(sheet?.getRow(3).values).toEqual([undefined, 'Partner, "1"', "清华大学", new Date(Date.UTC(2020, 0, 2)), 1]);
    expect(sheet?.rowCount).toBe(3);
  });

  it("stops reading rows when the download is abandoned, instead of writing the whole list to nobody", async () => {
    let produced = 0;
    let closed = false;
    // Every row handed over is counted; `closed` once the export lets go of the rows. Batches
    // of 1,000 with a turn of the event loop between them, as the database hands them over.
    async function* source(): AsyncGenerator<Row> {
      try {
        for await (const row of rows(200_000)) {
          if (produced++ % 1_000 === 0) await new Promise((resume) => setImmediate(resume));
          yield row;
        }
      } finally {
        closed = true;
      }
    }
    const reader = xlsxStream(source(), columns, "Partners").getReader();
    await reader.read();
    await reader.cancel();
    await expect.poll(() => closed, { timeout: 10_000 }).toBe(true);
    expect(produced).toBeLessThan(200_000);
  });
});
