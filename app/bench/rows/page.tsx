import { notFound } from "next/navigation";
import { connection } from "next/server";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

// The issue's own reference point (bench/README.md): "a minimal 50-row Prisma list page without
// auth or layout". Fifty partners straight from Prisma in a plain table: no session, no shell,
// no translations, no cache. It exists only while MERIDIAN_BENCH is set, like /bench/bare.
export default async function RowsPage() {
  await connection();
  if (!env().MERIDIAN_BENCH) notFound();
  const partners = await db().partner.findMany({
    where: { deletedAt: null },
    orderBy: [{ nameEn: "asc" }, { id: "asc" }],
    take: 50,
    select: { id: true, nameEn: true, country: true, city: true, kind: true, status: true },
  });
  return (
    <table>
      <tbody>
        {partners.map((partner) => (
          <tr key={partner.id}>
            <td>
              <a href={`/partners/${partner.id}`}>{partner.nameEn}</a>
            </td>
            <td>{partner.country}</td>
            <td>{partner.city}</td>
            <td>{partner.kind}</td>
            <td>{partner.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
