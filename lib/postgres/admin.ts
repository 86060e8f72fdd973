import pg from "pg";

// Creating and dropping whole databases on a server: used by the start script (the
// embedded cluster's `meridian` database) and by the test runner (a fresh database per run,
// never the one DATABASE_URL names).

export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";
}

/** Connection fields as discrete values (the schema engine needs them; see MIGRATIONS-OFFLINE.md). */
export function connectionFields(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username || "postgres"),
    password: decodeURIComponent(parsed.password),
    database: databaseNameOf(url),
  };
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function onMaintenanceDb<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ ...connectionFields(withDatabaseName(serverUrl, "postgres")), connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function ensureDatabase(serverUrl: string, name: string): Promise<boolean> {
  return onMaintenanceDb(serverUrl, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE ${quoteIdent(name)} ENCODING 'UTF8' TEMPLATE template0`);
    return true;
  });
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onMaintenanceDb(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}
