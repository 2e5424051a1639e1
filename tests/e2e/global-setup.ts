import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { resolve } from "node:path";
import { serveDist } from "./server.ts";
import { distDir } from "./pages.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync("dist/index.html"))
    throw new Error("dist/ is missing: run `npm run build` before the browser tests");
  const server = await serveDist();
  project.provide("baseUrl", server.url);
  return () => server.close();
}
