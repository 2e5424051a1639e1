/**
 * The library's original sources as JSON (path → TypeScript). Pages fetch it only when the reader
 * has edited the library, to build the edited library in the kernel worker.
 */
import { librarySources } from "../components/LibrarySources.ts";

export function GET() {
  return new Response(JSON.stringify(librarySources()), { headers: { "content-type": "application/json" } });
}
