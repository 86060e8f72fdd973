import { describe, expect, it } from "vitest";
import { clientAddress, UNKNOWN_ADDRESS } from "./client-address";

describe("clientAddress", () => {
  it("ignores X-Forwarded-For unless the app is set to trust its proxy", () => {
    expect(clientAddress({ forwardedFor: "203.0.113.9", peer: "198.51.100.7" }, false)).toBe("198.51.100.7");
    expect(clientAddress({ forwardedFor: "203.0.113.9" }, false)).toBe(UNKNOWN_ADDRESS);
  });

  it("behind a trusted proxy takes the last address, the one the proxy saw", () => {
    expect(clientAddress({ forwardedFor: "10.0.0.1, 203.0.113.9", peer: "192.0.2.1" }, true)).toBe("203.0.113.9");
    expect(clientAddress({ forwardedFor: ["10.0.0.1", "203.0.113.9 "], peer: "192.0.2.1" }, true)).toBe("203.0.113.9");
    expect(clientAddress({ forwardedFor: "", peer: "192.0.2.1" }, true)).toBe("192.0.2.1");
  });

  it("writes IPv4 on a dual-stack socket as IPv4 and keeps IPv6", () => {
    expect(clientAddress({ peer: "::ffff:127.0.0.1" }, false)).toBe("127.0.0.1");
    expect(clientAddress({ peer: "2001:db8::1" }, false)).toBe("2001:db8::1");
    expect(clientAddress({ peer: "" }, false)).toBe(UNKNOWN_ADDRESS);
  });
});
