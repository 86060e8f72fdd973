import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useTempDirs } from "@/lib/testing/temp-dirs";
import { acquireInstanceLock, AlreadyRunningError } from "./instance-lock";

describe("acquireInstanceLock", () => {
  const tempDir = useTempDirs("lock");

  it("refuses a second start while the holder is alive, naming it", () => {
    const dataDir = tempDir();
    // The test runner's parent is alive and is not this process: it stands for the first `npm start`.
    writeFileSync(join(dataDir, "meridian.lock"), JSON.stringify({ pid: process.ppid, url: "http://localhost:3000" }));
    expect(() => acquireInstanceLock(dataDir, "http://localhost:3001")).toThrow(AlreadyRunningError);
    expect(() => acquireInstanceLock(dataDir, "http://localhost:3001")).toThrow(/already running .*process \d+, http:\/\/localhost:3000/);
  });

  it("takes over a lock left by a process that died, and releases it", () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, "meridian.lock"), JSON.stringify({ pid: 2 ** 22 + 1, url: "http://localhost:3000" }));
    const release = acquireInstanceLock(dataDir, "http://localhost:3000");
    release();
    expect(() => acquireInstanceLock(dataDir, "http://localhost:3000")()).not.toThrow();
  });
});
