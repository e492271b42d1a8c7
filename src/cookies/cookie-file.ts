// Reads a list of cookies from a file's text: a JSON array of cookie objects
// or a Netscape cookies.txt (pure: the CLI reads the file, the extension could
// read an upload).
import type { ObservedCookie } from './types';

export class CookieFileError extends Error {
  override name = 'CookieFileError';
}

export type CookieFileFormat = 'json' | 'cookies.txt';

/** A cookie as read: the JSON object's own fields are kept as they were. */
export type ParsedCookie = ObservedCookie & Record<string, unknown>;

export interface CookieFile {
  format: CookieFileFormat;
  cookies: ParsedCookie[];
}

const NETSCAPE_HEADER = /^#\s*(?:Netscape )?HTTP Cookie File/im;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function parseJson(text: string): ParsedCookie[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CookieFileError(`not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(data)) {
    const hint =
      data !== null && typeof data === 'object' && Array.isArray((data as { cookies?: unknown }).cookies)
        ? ' (it has a "cookies" array: pass that array, e.g. from a Playwright storageState file)'
        : '';
    throw new CookieFileError(`expected a JSON array of cookies, got ${describe(data)}${hint}`);
  }
  return data.map((item, i) => {
    const cookie = item as Record<string, unknown> | null;
    if (cookie === null || typeof cookie !== 'object' || Array.isArray(cookie)) {
      throw new CookieFileError(`item ${i} is ${describe(item)}, not a cookie object with "name" and "domain"`);
    }
    for (const key of ['name', 'domain'] as const) {
      if (typeof cookie[key] !== 'string') {
        throw new CookieFileError(`item ${i} has no string "${key}": each cookie needs "name" and "domain"`);
      }
    }
    if ((cookie.name as string) === '') throw new CookieFileError(`item ${i} has an empty "name"`);
    return cookie as ParsedCookie;
  });
}

/** Netscape format: domain, include-subdomains, path, secure, expiry (Unix seconds, 0 = session), name, value. */
function parseNetscape(text: string): ParsedCookie[] {
  const cookies: ParsedCookie[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    let line = raw;
    let httpOnly = false;
    if (line.startsWith('#HttpOnly_')) {
      httpOnly = true;
      line = line.slice('#HttpOnly_'.length);
    } else if (line.startsWith('#') || line.trim() === '') {
      return;
    }
    const fields = line.split('\t');
    if (fields.length < 6 || fields.length > 7) {
      throw new CookieFileError(`line ${i + 1}: expected 7 tab-separated fields, found ${fields.length}`);
    }
    const [domain, , path, secure, expiry, name] = fields as [string, string, string, string, string, string];
    if (!/^(?:TRUE|FALSE)$/i.test(secure) || !/^-?\d+(?:\.\d+)?$/.test(expiry) || name === '' || domain === '') {
      throw new CookieFileError(
        `line ${i + 1}: not a cookies.txt line (domain, flag, path, secure, expiry, name, value)`,
      );
    }
    const seconds = Number(expiry);
    cookies.push({
      name,
      domain,
      path,
      // The cookie's value is left out on purpose: a report needs no session tokens.
      expires: seconds > 0 ? new Date(seconds * 1000).toISOString() : null,
      httpOnly,
      secure: secure.toUpperCase() === 'TRUE',
    });
  });
  return cookies;
}

function looksLikeNetscape(text: string): boolean {
  if (NETSCAPE_HEADER.test(text)) return true;
  return text
    .split(/\r?\n/)
    .some((line) => (line.startsWith('#HttpOnly_') || !line.startsWith('#')) && line.split('\t').length >= 6);
}

/** Parses a cookies file's text; throws CookieFileError with a one-line reason when the shape is not recognised. */
export function parseCookieFile(text: string): CookieFile {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new CookieFileError('the file is empty');
  if (body.includes('\u0000') || body.includes('\uFFFD')) throw new CookieFileError('the file looks binary');
  const first = body.trimStart()[0];
  if (first === '[' || first === '{') return { format: 'json', cookies: parseJson(body) };
  if (looksLikeNetscape(body)) return { format: 'cookies.txt', cookies: parseNetscape(body) };
  throw new CookieFileError('not a JSON array of cookies or a Netscape cookies.txt');
}
