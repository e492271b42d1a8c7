// Loading one CLI input (a file or an http(s) URL) into a PolicyDocument.
// Every way an input can fail becomes an InputError with a one-line message.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractReadableText } from '../dom/extract';
import { createPolicyDocument, inferBlocksFromPlainText, type PolicyDocument } from '../engine/document';

export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
export const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface LoadOptions {
  fetchTimeoutMs?: number;
  maxResponseBytes?: number;
  maxFileBytes?: number;
}

export interface LoadedInput {
  kind: 'file' | 'url';
  doc: PolicyDocument;
  /** Things the user should know that do not stop the audit (e.g. truncated text). */
  notes: string[];
}

/** Why an input could not be loaded, e.g. "no such file" or "HTTP 404 Not Found". */
export class InputError extends Error {
  override name = 'InputError';
}

export type Flavour = 'html' | 'text' | 'markdown';

const FLAVOUR_BY_EXTENSION: Record<string, Flavour> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export async function loadInput(input: string, options: LoadOptions = {}): Promise<LoadedInput> {
  if (isUrl(input)) return { kind: 'url', ...(await loadUrl(input, options)) };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    throw new InputError(`unsupported URL scheme (use http:// or https://, or a file path)`);
  }
  return { kind: 'file', ...(await loadFile(input, options)) };
}

async function loadFile(path: string, options: LoadOptions): Promise<Omit<LoadedInput, 'kind'>> {
  const limit = options.maxFileBytes ?? MAX_FILE_BYTES;
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError('is a directory');
    if (info.size > limit)
      throw new InputError(`file too large (${formatBytes(info.size)}; the limit is ${formatBytes(limit)})`);
    bytes = await readFile(path);
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(describeFsError(error));
  }
  const ext = extname(path).toLowerCase();
  const flavour = FLAVOUR_BY_EXTENSION[ext] ?? null;
  if (flavour === 'html') return fromHtml(decode(bytes, null, true));
  // Text as read (UTF-8, line endings and any BOM kept), so evidence offsets index the file itself.
  const text = decode(bytes, null, false);
  return fromText(text, flavour ?? (looksLikeHtml(text) ? 'html' : 'text'));
}

async function loadUrl(url: string, options: LoadOptions): Promise<Omit<LoadedInput, 'kind'>> {
  const timeoutMs = options.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const limit = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal,
      headers: {
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
        'user-agent': 'privacy-notice-auditor/0.1 (command line)',
      },
    });
  } catch (error) {
    throw new InputError(describeFetchError(error, timeoutMs));
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new InputError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const contentType = response.headers.get('content-type') ?? '';
  const mime = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1] ?? null;
  const flavour = flavourOfMime(mime);
  if (flavour === 'unsupported') {
    await response.body?.cancel().catch(() => {});
    throw new InputError(`unsupported content type ${mime} (expected an HTML page or plain text)`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(response, limit);
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(describeFetchError(error, timeoutMs));
  }
  if (flavour === 'html') return fromHtml(decode(bytes, charset, true));
  const text = decode(bytes, charset, flavour === null);
  return fromText(text, flavour ?? (looksLikeHtml(text) ? 'html' : 'text'));
}

/** The body, refusing more than `limit` bytes without buffering them. */
async function readCapped(response: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) {
    await response.body?.cancel().catch(() => {});
    throw new InputError(`response too large (over ${formatBytes(limit)})`);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new InputError(`response too large (over ${formatBytes(limit)})`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A missing content type is sniffed (null); a PDF, image or JSON is refused. */
function flavourOfMime(mime: string): Flavour | 'unsupported' | null {
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (mime === 'text/plain') return 'text';
  if (mime === 'text/markdown' || mime === 'text/x-markdown') return 'markdown';
  return mime === '' ? null : 'unsupported';
}

/** A document from text as read: plain, Markdown (its first "# " heading names it) or HTML. */
export function fromText(text: string, flavour: Flavour): Omit<LoadedInput, 'kind'> {
  if (flavour === 'html') return fromHtml(text);
  const blocks = inferBlocksFromPlainText(text);
  // Markdown's first "# " heading names the document.
  const h1 = flavour === 'markdown' ? blocks.find((b) => b.kind === 'heading' && b.level === 1) : undefined;
  const title = h1 ? text.slice(h1.start, h1.end).trim() || null : null;
  return { doc: createPolicyDocument({ text, title, blocks }), notes: [] };
}

/** A document from an HTML page's readable text (also used on a scanned page's rendered DOM). */
export function fromHtml(html: string): Omit<LoadedInput, 'kind'> {
  // linkedom needs an <html> element to find a body; wrap fragments.
  const source = /<html[\s>]/i.test(html.slice(0, 65_536))
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source);
  const page = extractReadableText(document as unknown as Document);
  const notes = page.truncated
    ? [`text truncated to the first ${page.text.length.toLocaleString('en-GB')} characters`]
    : [];
  return { doc: createPolicyDocument({ text: page.text, title: page.title, blocks: page.blocks }), notes };
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  return head.trimStart().startsWith('<') || /<html[\s>]/i.test(head);
}

/**
 * Bytes to text. Plain text is UTF-8 as read (any BOM kept, so offsets match
 * `readFileSync(path, 'utf8')`); HTML honours a BOM, a declared charset or a <meta charset>.
 */
function decode(bytes: Uint8Array, declared: string | null, html: boolean): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  let label = declared;
  if (!label && html) {
    const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
    label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? null;
  }
  if (label && !/^utf-?8$/i.test(label)) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // Unknown label: fall back to UTF-8.
    }
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory in the path';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return `cannot read (${code ?? (error as Error).message})`;
  }
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  const err = error as {
    name?: string;
    message?: string;
    cause?: { code?: string; message?: string; hostname?: string };
  };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `timed out after ${formatSeconds(timeoutMs)}`;
  const cause = err.cause;
  const code = cause?.code;
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return `cannot resolve host${cause?.hostname ? ` ${cause.hostname}` : ''}`;
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'connection reset';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return 'connection timed out';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'host unreachable';
  }
  if (code && /CERT|SSL|TLS/i.test(code)) return `TLS certificate problem (${code})`;
  const detail = cause?.message ?? err.message ?? String(error);
  return `network error (${detail.split('\n')[0]})`;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} kB`;
  return `${n} bytes`;
}
