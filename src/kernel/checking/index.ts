/**
 * The kernel's checking module, `sandbox/checking.js`: fast-check and the course's checks on
 * generated inputs. It is one ES module (about 170 KB minified), loaded into the kernel worker only
 * when a check first runs (`checking()` in ../worker.ts), never with the kernel itself: the page
 * hands its source over like Plot's, since the sandbox cannot fetch.
 */
export * as fc from "fast-check";
export { makeKit, runExercise } from "./exercise.ts";
export { checkLibrary } from "./library.ts";
