import { notFound } from "next/navigation";
import { connection } from "next/server";
import { env } from "@/lib/env";

// The bench's second yardstick (bench/README.md): the bare page inside the signed-in shell
// (session, user lookup, navigation, translations) and nothing else, so a run shows what the
// shell costs before any list. It exists only while MERIDIAN_BENCH is set, like /bench/bare.
export default async function ShellPage() {
  await connection();
  if (!env().MERIDIAN_BENCH) notFound();
  return <p>ok</p>;
}
