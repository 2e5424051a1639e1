/**
 * What the kernel puts in every cell's scope and the worker provides, as TypeScript sees it.
 */
// See src/kernel/runtime.ts (display, console, Plot) and the worker globals the library uses.
export const kernelGlobals = `
/** Show a value below the cell (tables, heatmaps, charts, numbers); returns the value. */
declare function display<T>(value: T): T;
/** Lines written here appear below the cell. */
declare const console: {
  log(...data: unknown[]): void;
  info(...data: unknown[]): void;
  debug(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
};
/** Observable Plot; \`Plot.plot(...)\` draws a chart that the cell shows. */
declare const Plot: typeof import("@observablehq/plot");
declare const performance: { now(): number };
declare function setTimeout(handler: () => void, ms?: number): number;
declare function clearTimeout(id: number | undefined): void;
/** Node's; absent in the browser's workers. */
declare const setImmediate: ((callback: () => void) => void) | undefined;
interface MessagePort {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown): void;
  close(): void;
}
/** The part of WebAssembly the library uses (its SIMD matrix kernel, simd.ts). */
declare namespace WebAssembly {
  interface Memory {
    readonly buffer: ArrayBuffer;
    grow(delta: number): number;
  }
  var Memory: { new (descriptor: { initial: number; maximum?: number }): Memory };
  interface Module {}
  var Module: { new (bytes: ArrayBufferView | ArrayBuffer): Module };
  interface Instance {
    readonly exports: Record<string, unknown>;
  }
  var Instance: { new (module: Module, imports?: Record<string, Record<string, unknown>>): Instance };
  function validate(bytes: ArrayBufferView | ArrayBuffer): boolean;
}
declare class MessageChannel {
  readonly port1: MessagePort;
  readonly port2: MessagePort;
}
`;
