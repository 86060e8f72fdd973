// `npm test`: every tier in order, stopping at the first that fails. `npm test -- db e2e`
// runs only the named tiers (CI repeats the database tiers with DATABASE_URL set).
import { spawn } from "node:child_process";

type Tier = { name: string; command: string[] };

const TIERS: Tier[] = [
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  { name: "lint", command: ["npx", "eslint", "--max-warnings", "0", "."] },
  { name: "unit", command: ["npx", "vitest", "run", "--project", "unit"] },
  { name: "db", command: ["npx", "vitest", "run", "--project", "db"] },
  { name: "e2e", command: ["npx", "playwright", "test"] },
];

function run(command: string[]): Promise<number> {
  return new Promise((done) => {
    const [bin = "", ...args] = command;
    const child = spawn(bin, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    child.on("exit", (code) => done(code ?? 1));
  });
}

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !TIERS.some((tier) => tier.name === name));
  if (unknown.length) {
    console.error(`Unknown tier(s): ${unknown.join(", ")}. Tiers: ${TIERS.map((t) => t.name).join(", ")}`);
    process.exit(2);
  }
  const tiers = wanted.length ? TIERS.filter((tier) => wanted.includes(tier.name)) : TIERS;
  const database = process.env.DATABASE_URL ? "a fresh database on DATABASE_URL's server" : "embedded PostgreSQL";
  const results: string[] = [];
  for (const tier of tiers) {
    console.log(`\n=== ${tier.name} (${database}) ===`);
    const started = performance.now();
    const code = await run(tier.command);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    results.push(`${tier.name.padEnd(10)} ${code === 0 ? "passed" : "FAILED"}  ${seconds} s`);
    if (code !== 0) break;
  }
  console.log(`\n=== summary (${database}) ===\n${results.join("\n")}`);
  process.exit(results.some((line) => line.includes("FAILED")) ? 1 : 0);
}

void main();
