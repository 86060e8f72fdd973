import http from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER } from "./client-address";
import { stampPeerAddresses } from "./peer-address";

describe("stampPeerAddresses", () => {
  let server: http.Server | undefined;
  afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

  it("overwrites a forged peer header with the socket's address", async () => {
    stampPeerAddresses();
    stampPeerAddresses(); // twice is harmless
    server = http.createServer((request, response) => response.end(String(request.headers[PEER_ADDRESS_HEADER])));
    await new Promise<void>((done) => server?.listen(0, "127.0.0.1", done));
    const { port } = server.address() as { port: number };
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "203.0.113.9" } });
    expect(await response.text()).toBe("127.0.0.1");
  });
});
