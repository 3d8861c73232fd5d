import { CalendarInputError } from './calendar-input-error';

export const CRLF = '\r\n';

/** RFC 5545 3.1: a physical line holds at most 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** C0 controls except HTAB and LF, DEL, and the C1 controls (NEL is a line break for some readers). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS_EXCEPT_TAB_LF = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

/** Lone UTF-16 surrogates cannot be encoded in UTF-8; they become U+FFFD, as the encoder would. */
function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * The text a calendar will show for `value` once escaped and parsed back: newlines normalised to
 * LF, controls other than tab and LF removed.
 */
export function normalizeText(value: string): string {
  return wellFormed(value)
    .replace(/\r\n|\r/g, '\n')
    .replace(CONTROLS_EXCEPT_TAB_LF, '');
}

/** RFC 5545 3.3.11 TEXT: backslash, semicolon, comma and newlines are escaped; nothing else can end the value. */
export function escapeText(value: string): string {
  return normalizeText(value).replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/**
 * A quoted parameter value (RFC 5545 3.2: QSAFE-CHAR). DQUOTE has no escape there, so it is
 * removed; controls (CR, LF, tab…) become spaces. Returns undefined when nothing printable is left.
 */
export function quotedParameter(value: string): string | undefined {
  const cleaned = wellFormed(value)
    .replace(/"/g, '')
    .replace(CONTROLS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned ? `"${cleaned}"` : undefined;
}

/**
 * Conservative address check for a `mailto:` URI: RFC 5322 atext in the local part minus the URI
 * delimiters `%`, `?` and `#`, dot-separated; an ASCII host name with at least one dot.
 */
const LOCAL_ATOM = "[A-Za-z0-9!$&'*+/=^_`{|}~-]+";
const DOMAIN_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const EMAIL = new RegExp(
  `^${LOCAL_ATOM}(?:\\.${LOCAL_ATOM})*@${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})+$`,
);

export function mailtoUri(email: string): string {
  if (email.length > 254 || !EMAIL.test(email)) {
    throw new CalendarInputError(
      `not a usable e-mail address: ${JSON.stringify(email.slice(0, 100))}`,
    );
  }
  return `mailto:${email}`;
}

/** An http(s) URL for the URL property; anything else (or anything holding controls) is refused. */
export function httpUri(url: string): string {
  let parsed: URL;
  try {
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    if (/[\u0000-\u0020\u007F-\u009F]/.test(url)) throw new TypeError('control character or space');
    parsed = new URL(url);
  } catch {
    throw new CalendarInputError(`not a usable URL: ${JSON.stringify(url.slice(0, 100))}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new CalendarInputError(`not an http(s) URL: ${JSON.stringify(url.slice(0, 100))}`);
  }
  return parsed.href;
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * RFC 5545 3.1 folding: each physical line at most 75 octets of UTF-8 including the leading space
 * of a continuation, split between code points, never inside one.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let currentOctets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const octets = utf8Length(char.codePointAt(0) ?? 0);
    if (currentOctets + octets > limit) {
      lines.push(current);
      current = '';
      currentOctets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    currentOctets += octets;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

export type Parameter = readonly [name: string, value: string | undefined];

/**
 * One folded content line. `value` and parameter values must already be in their wire form
 * (escaped TEXT, quoted parameter, validated URI); parameters whose value is undefined are left out.
 */
export function contentLine(
  name: string,
  value: string,
  parameters: readonly Parameter[] = [],
): string {
  const params = parameters
    .filter((parameter): parameter is readonly [string, string] => parameter[1] !== undefined)
    .map(([key, paramValue]) => `;${key}=${paramValue}`)
    .join('');
  return foldLine(`${name}${params}:${value}`);
}
