import { describe, expect, it } from "vitest";
import { decideThrottle, minutesUntil, type AttemptRow } from "./throttle";

const now = new Date("2026-11-25T12:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const failures = (count: number, startMinutesAgo = 1): AttemptRow[] =>
  Array.from({ length: count }, (_, i) => ({ succeeded: false, at: ago(startMinutesAgo + i) }));

describe("decideThrottle", () => {
  it("lets nine failures through and locks the tenth for 15 minutes after the last", () => {
    expect(decideThrottle(failures(9), failures(9), now)).toEqual({ locked: false });
    expect(decideThrottle(failures(10), failures(10), now)).toEqual({ locked: true, scope: "account", retryAt: ago(1 - 15) });
  });

  it("unlocks 15 minutes after the last failure", () => {
    expect(decideThrottle(failures(10, 15), failures(10, 15), now)).toEqual({ locked: false });
    expect(decideThrottle(failures(10, 14), failures(10, 14), now)).toMatchObject({ locked: true, scope: "account" });
  });

  it("counts only failures since the last success", () => {
    const rows = [...failures(9), { succeeded: true, at: ago(30) }, ...failures(5, 31)];
    expect(decideThrottle(rows, failures(14), now)).toEqual({ locked: false });
  });

  it("locks an address after 100 failures in a day, until the oldest counted is a day old", () => {
    const day = failures(100, 1).map((row, i) => ({ ...row, at: ago(1 + i * 10) }));
    const decision = decideThrottle([], day, now);
    expect(decision).toEqual({ locked: true, scope: "address", retryAt: new Date(ago(1 + 99 * 10).getTime() + 24 * 60 * 60_000) });
    expect(decideThrottle([], day.slice(0, 99), now)).toEqual({ locked: false });
    const older = day.map((row) => ({ ...row, at: new Date(row.at.getTime() - 24 * 60 * 60_000) }));
    expect(decideThrottle([], older, now)).toEqual({ locked: false });
  });

  it("reports the address lock first when both apply", () => {
    expect(decideThrottle(failures(10), failures(100), now)).toMatchObject({ scope: "address" });
  });
});

describe("minutesUntil", () => {
  it("rounds up and never says zero", () => {
    expect(minutesUntil(new Date(now.getTime() + 14 * 60_000 + 1), now)).toBe(15);
    expect(minutesUntil(now, now)).toBe(1);
  });
});
