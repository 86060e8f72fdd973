// `npm run bench -- --large meridian_large --small meridian_small [--runs 200] [--uncached-runs 50] [--seconds 10]`
// The staff lists against the production build, on two databases filled by
// `npm run db:generate-large` (bench/README.md says how), as the demo staff user:
//   1. one client: p50/p95 of each case at both sizes, and the large/small ratio of p95;
//   2. one client again with every request a cache miss: the data version is raised before
//      each request, so the lists' read-through cache (lib/data/list-cache.ts) reads afresh;
//   3. 20 concurrent clients (autocannon): requests per second of each case as a ratio to a
//      bare dynamic page (app/bench/bare) served by the same build in the same run; and the
//      same for the signed-in shell with no list (app/(app)/bench/shell), the floor of any list,
//      and for the issue's own reference, fifty Prisma rows without auth or layout (app/bench/rows).
// Not part of `npm test`: it prints figures for a person to read (bench/README.md keeps them).
import { type ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { createPrismaClient } from "@/lib/db";
import { env } from "@/lib/env";
import { deployMigrations } from "@/lib/migrations/commands";
import { withDatabaseName } from "@/lib/postgres/admin";
import { buildNext, needsBuild, runNext, waitUntilServing } from "@/scripts/lib/next-process";

const { values } = parseArgs({
  options: {
    large: { type: "string", default: "meridian_large" },
    small: { type: "string", default: "meridian_small" },
    runs: { type: "string", default: "200" },
    seconds: { type: "string", default: "10" },
    port: { type: "string", default: "3900" },
    "uncached-runs": { type: "string", default: "50" },
  },
});
const RUNS = Number(values.runs);
const UNCACHED_RUNS = Number(values["uncached-runs"]);
const SECONDS = Number(values.seconds);
const PORT = Number(values.port);
const BASE = `http://127.0.0.1:${PORT}`;
const STAFF = { email: "staff@example.edu", password: env().MERIDIAN_DEMO_PASSWORD };
/** How many "next page" links the deep-page case follows (50 rows a page). */
const DEEP_PAGES = 60;

type Case = { name: string; path: string | ((cookie: string) => Promise<string>) };

const CASES: Case[] = [
  { name: "partners: first page", path: "/partners" },
  { name: `partners: page ${DEEP_PAGES + 1}`, path: (cookie) => followNext("/partners", DEEP_PAGES, cookie) },
  { name: "partners: filter (country, status)", path: "/partners?country=CN&status=ACTIVE" },
  { name: "partners: search, Latin", path: `/partners?q=${encodeURIComponent("technology")}` },
  { name: "partners: search, Chinese", path: `/partners?q=${encodeURIComponent("科技")}` },
  { name: "agreements: first page", path: "/agreements" },
  { name: `agreements: page ${DEEP_PAGES + 1}`, path: (cookie) => followNext("/agreements", DEEP_PAGES, cookie) },
  { name: "agreements: filter (kind, status)", path: "/agreements?kind=STUDENT_EXCHANGE&status=ACTIVE" },
  { name: "agreements: search, Latin", path: `/agreements?q=${encodeURIComponent("exchange munich")}` },
  { name: "agreements: search, Chinese", path: `/agreements?q=${encodeURIComponent("科技")}` },
];
const BARE = "/bench/bare";
const SHELL = "/bench/shell";
const ROWS = "/bench/rows";

function serverEnv(database: string): NodeJS.ProcessEnv {
  const serverUrl = env().DATABASE_URL;
  if (!serverUrl) throw new Error("set DATABASE_URL to the server that holds the bench databases (bench/README.md)");
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: withDatabaseName(serverUrl, database),
    NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
    NEXTAUTH_URL: BASE,
    PORT: String(PORT),
    LOG_LEVEL: "warn",
    MERIDIAN_BENCH: "1",
  };
}

async function startServer(database: string): Promise<ChildProcess> {
  // A database generated before the latest migrations gets them, as `npm start` would.
  await deployMigrations(serverEnv(database).DATABASE_URL!);
  const child = runNext(["start", "-p", String(PORT), "-H", "127.0.0.1"], serverEnv(database), "pipe");
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(chunk));
  await waitUntilServing(BASE, child);
  return child;
}

async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((done) => child.once("exit", done));
  child.kill("SIGTERM");
  await exited;
}

/** Signs in through next-auth's credentials endpoint, as the sign-in form does; returns the Cookie header. */
async function signIn(): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, ...STAFF, json: "true" }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.endsWith("meridian.session"))) throw new Error(`sign-in as ${STAFF.email} failed (${response.status})`);
  return cookie();
}

async function get(path: string, cookie: string): Promise<string> {
  const response = await fetch(`${BASE}${path}`, { headers: { cookie }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
  return body;
}

/** The URL of the list's page `pages` "Next" links on: a keyset position deep in the list. */
async function followNext(path: string, pages: number, cookie: string): Promise<string> {
  let current = path;
  for (let page = 0; page < pages; page++) {
    const html = await get(current, cookie);
    const link = /<a[^>]*rel="next"[^>]*>/.exec(html)?.[0];
    const href = link && /href="([^"]+)"/.exec(link)?.[1];
    if (!href) break;
    current = href.replaceAll("&amp;", "&");
  }
  return current;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** p50 and p95 of `runs` sequential requests; `beforeEach` runs outside the timing. */
async function latency(path: string, cookie: string, runs: number, beforeEach?: () => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await get(path, cookie);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await beforeEach?.();
    const started = performance.now();
    await get(path, cookie);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function throughput(path: string, cookie: string) {
  const result = await autocannon({ url: `${BASE}${path}`, connections: 20, duration: SECONDS, headers: { cookie } });
  return { rps: result.requests.average, errors: result.errors + result.timeouts + result.non2xx };
}

/** A yardstick page's throughput, warmed up first like every case (the JIT makes a cold run ~30% slower). */
async function yardstickThroughput(path: string, cookie: string) {
  await autocannon({ url: `${BASE}${path}`, connections: 20, duration: 3, headers: { cookie } });
  return throughput(path, cookie);
}

type CaseResult = { p50: number; p95: number; missP50: number; missP95: number; rps: number; errors: number };
type SizeResult = { label: string; rows: Map<string, CaseResult>; bareRps: number; shellRps: number; referenceRps: number; bareErrors: number };

async function measure(database: string, label: string): Promise<SizeResult> {
  const server = await startServer(database);
  const prisma = createPrismaClient(serverEnv(database).DATABASE_URL!, 1);
  // What a write does to the cache, without writing anything the lists show.
  const raiseVersion = () => prisma.$executeRaw`UPDATE "DataVersion" SET version = version + 1`;
  try {
    const cookie = await signIn();
    const rows: SizeResult["rows"] = new Map();
    const bare = await yardstickThroughput(BARE, "");
    const shell = await yardstickThroughput(SHELL, cookie);
    const reference = await yardstickThroughput(ROWS, "");
    for (const testCase of CASES) {
      const path = typeof testCase.path === "string" ? testCase.path : await testCase.path(cookie);
      const { p50, p95 } = await latency(path, cookie, RUNS);
      const miss = await latency(path, cookie, UNCACHED_RUNS, raiseVersion);
      const { rps, errors } = await throughput(path, cookie);
      rows.set(testCase.name, { p50, p95, missP50: miss.p50, missP95: miss.p95, rps, errors });
      const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;
      console.log(`${label.padEnd(6)} ${testCase.name.padEnd(38)} p50 ${ms(p50)}  p95 ${ms(p95)}  uncached p50 ${ms(miss.p50)}  p95 ${ms(miss.p95)}  ${rps.toFixed(0).padStart(5)} req/s`);
    }
    return { label, rows, bareRps: bare.rps, shellRps: shell.rps, referenceRps: reference.rps, bareErrors: bare.errors + shell.errors + reference.errors };
  } finally {
    await prisma.$disconnect();
    await stopServer(server);
  }
}

async function main() {
  if (needsBuild()) {
    console.log("building the production app (next build)…");
    await buildNext(process.env);
  }
  const small = await measure(values.small, "small");
  const large = await measure(values.large, "large");
  console.log(`\nbare dynamic page: ${small.bareRps.toFixed(0)} req/s (small run), ${large.bareRps.toFixed(0)} req/s (large run); errors ${small.bareErrors + large.bareErrors}`);
  const ofBare = (rps: number, run: SizeResult) => `${rps.toFixed(0)} req/s = ${(rps / run.bareRps).toFixed(2)} of bare`;
  const both = (pick: (run: SizeResult) => number) => `${ofBare(pick(small), small)} (small run), ${ofBare(pick(large), large)} (large run)`;
  console.log(`signed-in shell, no list: ${both((run) => run.shellRps)}`);
  console.log(`fifty Prisma rows, no auth or layout: ${both((run) => run.referenceRps)}`);
  console.log(`\n| case | p50 small | p95 small | p50 large | p95 large | p95 large/small | uncached p50 / p95 small | uncached p50 / p95 large | req/s large (20 clients) | ÷ bare | errors |`);
  console.log(`|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
  for (const { name } of CASES) {
    const s = small.rows.get(name);
    const l = large.rows.get(name);
    if (!s || !l) continue;
    const cells = [
      name, s.p50.toFixed(1), s.p95.toFixed(1), l.p50.toFixed(1), l.p95.toFixed(1), (l.p95 / s.p95).toFixed(2),
      `${s.missP50.toFixed(1)} / ${s.missP95.toFixed(1)}`, `${l.missP50.toFixed(1)} / ${l.missP95.toFixed(1)}`,
      l.rps.toFixed(0), (l.rps / large.bareRps).toFixed(2), String(s.errors + l.errors),
    ];
    console.log(`| ${cells.join(" | ")} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
