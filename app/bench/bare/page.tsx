import { notFound } from "next/navigation";
import { connection } from "next/server";
import { env } from "@/lib/env";

// The bench's yardstick (bench/README.md): a dynamic page with no data, no session and no
// translations, served by the same build as the lists it is compared with. It exists only
// while MERIDIAN_BENCH is set; otherwise it is a 404 like any unknown path.
export default async function BarePage() {
  await connection();
  if (!env().MERIDIAN_BENCH) notFound();
  return <p>ok</p>;
}
