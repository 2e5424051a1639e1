/**
 * Just enough of source maps to map a position in sucrase's output back to the reader's
 * TypeScript: decode the VLQ `mappings` string and look up a line and column.
 */

/** One generated line's segments: [generated column, original line (0-based), original column]. */
export type LineSegments = [number, number, number][];

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = BASE64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

export function decodeMappings(mappings: string): LineSegments[] {
  const lines: LineSegments[] = [];
  let srcLine = 0;
  let srcCol = 0;
  for (const line of mappings.split(";")) {
    const segs: LineSegments = [];
    let genCol = 0;
    for (const seg of line.split(",")) {
      if (!seg) continue;
      const [dGen, , dLine, dCol] = decodeVlq(seg);
      genCol += dGen;
      if (dLine === undefined) continue;
      srcLine += dLine;
      srcCol += dCol;
      segs.push([genCol, srcLine, srcCol]);
    }
    lines.push(segs);
  }
  return lines;
}

/** The reader's 1-based line and column for a 1-based generated line and 0-based column. */
export function originalPosition(
  lines: LineSegments[],
  line: number,
  column: number,
): { line: number; column: number } {
  const segs = lines[line - 1] ?? [];
  let best: [number, number, number] | undefined;
  for (const s of segs) if (s[0] <= column) best = s;
  if (!best) return { line, column: column + 1 };
  return { line: best[1] + 1, column: best[2] + (column - best[0]) + 1 };
}
