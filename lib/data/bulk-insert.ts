import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { newId } from "@/lib/seed/random";

// Imports write thousands of rows in one transaction. Prisma's createMany sends one
// parameter per cell and spends about a second per 1,000 agreements; one INSERT … SELECT
// FROM unnest(column arrays) sends one parameter per column and takes a tenth of that.

export type BulkColumn = {
  /** The column's name, as in the schema (quoted here). */
  name: string;
  /** The array's PostgreSQL element type, e.g. "text", "uuid", "date", "\"PartnerKind\"". */
  type: string;
  values: readonly unknown[];
  /**
   * How the element becomes the column's value, for what arrays of arrays cannot carry:
   * e.g. a text[] column sent as jsonb, `(v) => ARRAY(SELECT jsonb_array_elements_text(v))`.
   */
  convert?: (value: Prisma.Sql) => Prisma.Sql;
};

/** Dates as the date type reads them (YYYY-MM-DD, UTC), nulls kept. */
export const isoDates = (values: readonly (Date | null)[]) => values.map((value) => value?.toISOString().slice(0, 10) ?? null);

/** New UUID v7 ids for rows inserted in bulk (the schema's default is Prisma's, not the database's). */
export const newIds = (count: number) => Array.from({ length: count }, newId);

/** One INSERT of many rows from column arrays of equal length; `table` and names are ours, never input. */
export async function insertColumns(tx: Prisma.TransactionClient, table: string, columns: readonly BulkColumn[]): Promise<void> {
  if (!columns[0]?.values.length) return;
  const names = Prisma.raw(columns.map((column) => `"${column.name}"`).join(", "));
  const arrays = Prisma.join(columns.map((column) => Prisma.sql`${column.values}::${Prisma.raw(column.type)}[]`), ", ");
  const aliases = columns.map((_, i) => `c${i}`);
  const selected = Prisma.join(columns.map((column, i) => (column.convert ?? ((value) => value))(Prisma.raw(`t.${aliases[i]}`))), ", ");
  await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${names}) SELECT ${selected} FROM unnest(${arrays}) AS t(${Prisma.raw(aliases.join(", "))})`;
}
