import { generate, generateSecret, generateURI, verify } from "otplib";

// TOTP (RFC 6238) with the settings every authenticator app supports: SHA-1, 6 digits, 30 s.
// otplib 13's functional API: verify() returns { valid, timeStep } rather than a boolean.

export const TOTP_ISSUER = "Meridian";
const PERIOD = 30;
/** One step either side, for phones whose clocks are a little off. */
const TOLERANCE_SECONDS = PERIOD;

export function newTotpSecret(): string {
  // 20 bytes = 160 bits, RFC 4226's recommended length; base32, as authenticator apps expect.
  return generateSecret({ length: 20 });
}

export function totpUri(secret: string, accountName: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: accountName, secret, period: PERIOD });
}

export function isTotpCodeShape(input: string): boolean {
  return /^\d{6}$/.test(input.replace(/\s+/g, ""));
}

/**
 * The time step the code belongs to, or null when it is wrong. `afterStep`: the last step
 * already used, so a code is never accepted twice.
 */
export async function checkTotpCode(secret: string, code: string, afterStep?: number | null, epoch?: number): Promise<number | null> {
  const token = code.replace(/\s+/g, "");
  if (!isTotpCodeShape(token)) return null;
  const result = await verify({
    secret,
    token,
    period: PERIOD,
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep === null || afterStep === undefined ? {} : { afterTimeStep: afterStep }),
    ...(epoch === undefined ? {} : { epoch }),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** The current code (for tests and for nothing else in the app). */
export function currentTotpCode(secret: string, epoch?: number): Promise<string> {
  return generate({ secret, period: PERIOD, ...(epoch === undefined ? {} : { epoch }) });
}
