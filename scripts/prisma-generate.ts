// `prisma generate` offline: the CLI wants a native schema engine it would download, but
// generating the client never runs it, so any existing file satisfies the check
// (../shared/TOOLCHAIN.md). Runs after every `npm install` (postinstall).
import { spawnSync } from "node:child_process";

const result = spawnSync(
  process.execPath,
  ["node_modules/prisma/build/index.js", "generate", "--schema", "prisma/schema.prisma"],
  {
    stdio: "inherit",
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
  },
);
process.exit(result.status ?? 1);
