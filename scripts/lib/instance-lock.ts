import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isAlive } from "@/lib/postgres/embedded";

// One Meridian per data folder: a second `npm start` finds the first one's lock and says
// so, instead of starting a second server on the same embedded database.

type LockInfo = { pid: number; url: string };

export class AlreadyRunningError extends Error {
  constructor(readonly holder: LockInfo) {
    super(
      `Meridian is already running from this folder (process ${holder.pid}, ${holder.url}).\n` +
        "Open that address, or stop it first (Ctrl-C in its terminal, or kill " + holder.pid + ").",
    );
  }
}

export function acquireInstanceLock(dataDir: string, url: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, "meridian.lock");
  const info: LockInfo = { pid: process.pid, url };
  try {
    writeFileSync(file, JSON.stringify(info), { flag: "wx" });
  } catch {
    const holder = readLock(file);
    if (holder && holder.pid !== process.pid && isAlive(holder.pid)) throw new AlreadyRunningError(holder);
    // A lock left by a process that died: take it over.
    writeFileSync(file, JSON.stringify(info));
  }
  return () => {
    if (readLock(file)?.pid === process.pid) rmSync(file, { force: true });
  };
}

function readLock(file: string): LockInfo | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as LockInfo;
  } catch {
    return undefined;
  }
}
