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
  const root = resolve(distDir);
  if (!existsSync(`${root}/index.html`))
    throw new Error(`${root} is missing: run \`npm run build\` before the browser tests`);
  const server = await serveDist(root);
  project.provide("baseUrl", server.url);
  return () => server.close();
}
