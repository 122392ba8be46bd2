// Shared by the Help tests only: grammars written from the RFCs, independent of
// links.ts, so a bug there cannot also hide in the check.

const visual = '[-.()]';
const phonedigit = `(?:[0-9]|${visual})`;
const phonedigitHex = `(?:[0-9A-Fa-f*#]|${visual})`;
// RFC 3966 section 3: global-number-digits and local-number-digits.
const globalNumber = `\\+${phonedigit}*[0-9]${phonedigit}*`;
const localNumber = `${phonedigitHex}*[0-9A-Fa-f*#]${phonedigitHex}*`;

/** RFC 3966 telephone-uri without parameters (none of ours carry any). */
export const RFC3966_TEL = new RegExp(`^tel:(?:${globalNumber}|${localNumber})$`);

/** RFC 5724 sms URI with one recipient and an optional percent-encoded body. */
export const RFC5724_SMS = new RegExp(
  `^sms:(?:${globalNumber}|${localNumber})(?:\\?body=(?:[A-Za-z0-9\\-._~]|%[0-9A-F]{2})*)?$`,
);

/** Stricter than the RFCs: what we promise to emit, with nothing a dialer could act on. */
export const DIGITS_ONLY_TEL = /^tel:\+?[0-9]{2,15}$/;

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
