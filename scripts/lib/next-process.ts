import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

// Running Next.js itself: a build when the sources are newer than the last one, and the
// server as a child process that the start script supervises.

const NEXT_BIN = resolve("node_modules/next/dist/bin/next");

// What a production build is made from; newer files than .next/BUILD_ID mean a rebuild.
const BUILD_INPUTS = [
  "app", "components", "lib", "public", "proxy.ts", "instrumentation.ts",
  "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json",
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function needsBuild(): boolean {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(input) > built);
}

export function runNext(args: string[], env: NodeJS.ProcessEnv, stdio: "inherit" | "pipe" = "inherit"): ChildProcess {
  return spawn(process.execPath, [NEXT_BIN, ...args], { env: { ...env, NEXT_TELEMETRY_DISABLED: "1" }, stdio });
}

export function buildNext(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, fail) => {
    const child = runNext(["build"], { ...env, NODE_ENV: "production" });
    child.on("exit", (code) => (code === 0 ? done() : fail(new Error(`next build failed (exit code ${code})`))));
  });
}

/** Polls the health endpoint until the server answers, the child dies, or time runs out. */
export async function waitUntilServing(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`the server did not answer at ${url} within ${timeoutMs / 1000} s`);
}
