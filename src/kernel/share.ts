/**
 * Share links for a cell: the reader's code travels in the URL hash (never sent to a server),
 * compressed (deflate-raw) and base64url-encoded, with a version in front:
 *
 *   /ko/chapters/03-scores/#share=1.<payload>
 *
 * The payload is the JSON `{ "cell": id, "code": code }`. Opening such a link shows the code in its
 * cell and runs nothing until the reader presses Run (the cell UI's job; this module only encodes).
 */
import { base64UrlToBytes, bytesToBase64Url } from "./storage/bytes.ts";

export const SHARE_VERSION = 1;
/** The longest hash we make or accept (links must survive chat apps and address bars). */
export const MAX_SHARE_CHARS = 8000;
/** The largest code a link may unpack to (guards against a compressed bomb). */
const MAX_CODE_BYTES = 64 * 1024;
const PREFIX = "#share=";

export interface SharedCell {
  cell: string;
  code: string;
}

export type ShareDecode =
  | { kind: "none" }
  | { kind: "ok"; shared: SharedCell }
  | { kind: "error"; reason: "version" | "corrupt" | "too-long" };

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error("too large");
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The URL hash (starting with `#`) that shares `code` for cell `cell`, or `undefined` when the
 * code is too long for a link.
 */
export async function encodeShare(shared: SharedCell): Promise<string | undefined> {
  const json = new TextEncoder().encode(JSON.stringify({ cell: shared.cell, code: shared.code }));
  if (json.length > MAX_CODE_BYTES) return undefined;
  const packed = await pipe(json, new CompressionStream("deflate-raw"), Infinity);
  const hash = `${PREFIX}${SHARE_VERSION}.${bytesToBase64Url(packed)}`;
  return hash.length <= MAX_SHARE_CHARS ? hash : undefined;
}

/** Read a URL hash: no share in it, a shared cell, or why the share cannot be read. */
export async function decodeShare(hash: string): Promise<ShareDecode> {
  if (!hash.startsWith(PREFIX)) return { kind: "none" };
  const body = hash.slice(PREFIX.length);
  if (body.length > MAX_SHARE_CHARS) return { kind: "error", reason: "too-long" };
  const dot = body.indexOf(".");
  if (dot < 0) return { kind: "error", reason: "corrupt" };
  if (body.slice(0, dot) !== String(SHARE_VERSION)) return { kind: "error", reason: "version" };
  try {
    const bytes = await pipe(
      base64UrlToBytes(body.slice(dot + 1)),
      new DecompressionStream("deflate-raw"),
      MAX_CODE_BYTES,
    );
    const data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) as unknown;
    if (typeof data !== "object" || data === null) throw new Error("not an object");
    const { cell, code } = data as Record<string, unknown>;
    if (typeof cell !== "string" || cell === "" || typeof code !== "string")
      throw new Error("missing cell or code");
    return { kind: "ok", shared: { cell, code } };
  } catch {
    return { kind: "error", reason: "corrupt" };
  }
}
