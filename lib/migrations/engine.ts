import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlQueryable,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaContainer, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { connectionFields, dropDatabase, ensureDatabase, withDatabaseName } from "@/lib/postgres/admin";

// Prisma's CLI cannot run `migrate` offline (it downloads a native engine at run time), so we
// drive the same schema engine compiled to WebAssembly through adapter-pg. The pitfalls this
// module works around are in /work/shared/MIGRATIONS-OFFLINE.md.

export type { SchemaContainer, SchemaEngine };

export class SchemaEnginePanic extends Error {
  override name = "SchemaEnginePanic";
}

declare global {
  // wasm-bindgen reports a Rust panic's message here, just before the wasm traps.
  var PRISMA_WASM_PANIC_REGISTRY: { set_message: (message: string) => void } | undefined;
}

let panicMessage: string | undefined;
let loading: Promise<typeof wasmBindings> | undefined;

function loadEngineModule(): Promise<typeof wasmBindings> {
  loading ??= (async () => {
    globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => (panicMessage = message) };
    // The package's entry imports the .wasm as an ES module, which Node 20 cannot; its
    // bindings file is instantiated by hand instead (the .wasm is not in its exports map).
    const bindingsPath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(bindingsPath.replace(/\.js$/, ".wasm"));
    const imports: WebAssembly.ModuleImports = { ...wasmBindings };
    // The engine races its waits (the 10 s migration advisory lock, for one) against timers it
    // never clears; unref'd, they no longer keep a finished process alive for 10 seconds.
    for (const name of Object.keys(imports).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
      imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
    }
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": imports });
    wasmBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
    return wasmBindings;
  })();
  return loading;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type PgResult = { fields: { dataTypeID: number }[] };
type PgQueryable = SqlQueryable & { performIO: (query: SqlQuery) => Promise<PgResult> };

// adapter-pg 7.10 has no mapping for PostgreSQL's one-byte "char" type (pg_constraint.contype
// and friends, which the engine reads), so queryRaw would fail. We let queryRaw see it as text
// and then report it as Character, the type the engine expects (Text panics on PostgreSQL 18).
function mapCharColumns<T extends SqlQueryable>(queryable: T): T {
  const target = queryable as unknown as PgQueryable;
  const { performIO, queryRaw } = target;
  target.queryRaw = async function (this: PgQueryable, query: SqlQuery): Promise<SqlResultSet> {
    const charColumns: number[] = [];
    // A per-call view, so concurrent queries on one adapter cannot mix up their columns.
    const view = Object.create(this, {
      performIO: {
        value: async (io: SqlQuery) => {
          const result = await performIO.call(this, io);
          result.fields.forEach((field, index) => {
            if (field.dataTypeID !== PG_CHAR_OID) return;
            field.dataTypeID = PG_TEXT_OID;
            charColumns.push(index);
          });
          return result;
        },
      },
    }) as PgQueryable;
    const resultSet = await queryRaw.call(view, query);
    for (const index of charColumns) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };
  return queryable;
}

function patchAdapter(adapter: SqlDriverAdapter, cleanUp: () => Promise<void>): SqlDriverAdapter {
  mapCharColumns(adapter);
  // adapter-pg splits scripts on every ";", which breaks dollar-quoted function bodies and
  // string literals. Sent whole without parameters, a script goes out as one simple query,
  // as the native engine does: PostgreSQL then runs a migration as one implicit transaction.
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => mapCharColumns(await startTransaction(isolationLevel));
  // The engine may dispose an adapter itself; we dispose every one again at the end.
  let disposing: Promise<void> | undefined;
  adapter.dispose = () => (disposing ??= cleanUp());
  return adapter;
}

function poolConfig(url: string) {
  // Discrete fields, never a connection string: pg lets a connection string override
  // `database`, which would point the shadow pool at the main database.
  return { ...connectionFields(url), max: 4, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 5_000 };
}

export type TemporaryDatabase = { url: string; drop: () => Promise<void> };

/** A uniquely named, empty database on the server at `serverUrl`; `drop` uses WITH (FORCE). */
export async function createTemporaryDatabase(serverUrl: string, purpose: string): Promise<TemporaryDatabase> {
  const name = `meridian_${purpose}_${randomBytes(6).toString("hex")}`;
  await ensureDatabase(serverUrl, name);
  return { url: withDatabaseName(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}

function adapterFactory(url: string, opened: SqlDriverAdapter[]): SqlMigrationAwareDriverAdapterFactory {
  const main = new PrismaPg(poolConfig(url));
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    async connect() {
      const adapter = await main.connect();
      opened.push(patchAdapter(adapter, adapter.dispose.bind(adapter)));
      return adapter;
    },
    // adapter-pg's own shadow database is dropped before its pool is closed, which fails and
    // leaks it: ours closes the pool first, then drops the database.
    async connectToShadowDb() {
      const shadow = await createTemporaryDatabase(url, "shadow");
      const adapter = await new PrismaPg(poolConfig(shadow.url)).connect();
      const closePool = adapter.dispose.bind(adapter);
      opened.push(
        patchAdapter(adapter, async () => {
          try {
            await closePool();
          } finally {
            await shadow.drop();
          }
        }),
      );
      return adapter;
    },
  };
}

/**
 * Runs `work` with a schema engine connected to the database at `url`, starting from the given
 * Prisma schema files (shadow databases are created on the same server). The engine is always freed and every pool it opened closed,
 * so no process hangs and no shadow database is left behind.
 */
export async function withSchemaEngine<T>(
  url: string,
  schema: SchemaContainer[],
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const bindings = await loadEngineModule();
  // A Rust panic traps inside the wasm instance and leaves it in an unknown state.
  if (panicMessage) throw new SchemaEnginePanic(`the schema engine panicked earlier in this process: ${panicMessage}`);
  const opened: SqlDriverAdapter[] = [];
  const factory = bindMigrationAwareSqlAdapterFactory(adapterFactory(url, opened));
  const datamodels = schema.map((file): [string, string] => [file.path, file.content]);

  let engine: SchemaEngine | undefined;
  let outcome: { ok: true; value: T } | { ok: false; error: unknown };
  try {
    // The second argument receives the engine's log lines, which nothing here needs.
    engine = await bindings.SchemaEngine.new({ datamodels }, () => {}, factory);
    outcome = { ok: true, value: await work(engine) };
  } catch (error) {
    outcome = { ok: false, error: panicMessage ? new SchemaEnginePanic(panicMessage, { cause: error }) : error };
  }
  if (!panicMessage) engine?.free();
  const closed = await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
  if (!outcome.ok) throw outcome.error;
  // A pool that would not close or a shadow database that would not drop is worth knowing about.
  const failure = closed.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (failure) throw failure.reason;
  return outcome.value;
}
