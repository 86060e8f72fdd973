import { describe, expect, it } from "vitest";
import { db } from "./db";

describe("db", () => {
  it("prices random page reads for memory and SSD, so the planner takes the search indexes", async () => {
    const [setting] = await db().$queryRaw<{ random_page_cost: string }[]>`SHOW random_page_cost`;
    expect(setting?.random_page_cost).toBe("1.1");
  });
});
