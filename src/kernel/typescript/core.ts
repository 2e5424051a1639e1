/**
 * The TypeScript language service for the notebook's editors: completions, hover, signature help
 * and type errors for the page's cells and for the attention library's files. Pure: no DOM, no
 * worker API; the same module runs in the type worker and in Node (tests, benchmarks).
 *
 * How cells become TypeScript files. The kernel runs each cell with the top-level names of the
 * cells above it (the nearest earlier cell that declares a name provides it; a cell's own
 * declaration shadows). Each cell is one module file whose text is the reader's code, unchanged,
 * followed by a generated tail:
 *
 *   <the cell's code>
 *   ;
 *   import { attend, keys } from "./c1.ts";                   (names from earlier cells)
 *   declare let count: typeof import("./c2.ts").count;        (earlier `let`/`var`: assignable)
 *   export { weights };                                       (this cell's names, for later cells)
 *
 * Imports are hoisted, so the tail may come last: positions in the file are the editor's
 * positions, with no offset. Names from later cells are never imported, so they are unknown.
 */
import type { Lang } from "../../i18n/lang.ts";
import ts from "typescript";

export type { Lang };

/** A cell of the page, in page order, with the code the reader sees now. */
export interface CellSource {
  id: string;
  code: string;
}

/** What the service reads: TypeScript's lib files, the library, the kernel's globals. */
export interface ServiceFiles {
  /** TypeScript lib files by file name (`lib.es2022.d.ts` → text). */
  lib: Record<string, string>;
  /** The attention library as shipped, by path inside src/lib/attention (`attention.ts` → text). */
  library: Record<string, string>;
  /** Declaration files for modules cells may import besides "attention", by module name. */
  modules?: Record<string, Record<string, string>>;
  /** Ambient declarations of what the kernel gives every cell (`display`, `console`, …). */
  globals: string;
  /** TypeScript's Korean messages (`typescript/lib/ko/diagnosticMessages.generated.json`). */
  koMessages?: Record<string, string>;
}

/** A document an editor shows: a cell of the page, or a file of the library. */
export type DocRef = { cell: string } | { file: string };

export interface TypeDiagnostic {
  from: number;
  to: number;
  severity: "error" | "warning" | "info";
  message: string;
  /** TypeScript's error number, e.g. 2322. */
  code: number;
}

export interface CompletionItem {
  label: string;
  /** TypeScript's kind: `function`, `const`, `let`, `interface`, `keyword`, … */
  kind: string;
  /** Lower sorts first (TypeScript's sortText: locals before globals before keywords). */
  rank: number;
}

export interface Completions {
  /** Where the word being completed starts. */
  from: number;
  items: CompletionItem[];
}

export interface Hover {
  from: number;
  to: number;
  /** The declaration as TypeScript prints it, e.g. `function attend(query: Vector, …): AttendResult`. */
  signature: string;
  /** The JSDoc text. */
  documentation: string;
  /** JSDoc tags (`@example`, `@param`, …) with their text. */
  tags: { name: string; text: string }[];
}

export interface SignatureHelp {
  /** The whole signature, e.g. `softmax(scores: ArrayLike<number>, temperature?: number): Float32Array`. */
  label: string;
  /** The active parameter's range inside `label` (equal when there is none). */
  activeFrom: number;
  activeTo: number;
  documentation: string;
  /** The active parameter's JSDoc. */
  parameterDocumentation: string;
  /** e.g. "1/2" when the function has overloads, else "". */
  overload: string;
}

const LIB_DIR = "/ts-lib";
const LIBRARY_DIR = "/attention";
const CELL_DIR = "/cells";
const GLOBALS = "/kernel-globals.d.ts";
const MODULES_DIR = "/modules";

/** A top-level name a cell declares, and whether later cells may assign to it. */
interface TopName {
  name: string;
  mutable: boolean;
}

function bindingNames(name: ts.BindingName, out: string[]): void {
  if (ts.isIdentifier(name)) out.push(name.text);
  else
    for (const element of name.elements)
      if (!ts.isOmittedExpression(element)) bindingNames(element.name, out);
}

/** The names a cell declares at its top level: variables, functions, classes, imports, types. */
export function topLevelNames(code: string): TopName[] {
  const source = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const out = new Map<string, TopName>();
  const add = (name: string, mutable = false) => {
    if (!out.has(name)) out.set(name, { name, mutable });
  };
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      const list = statement.declarationList;
      const mutable = !(list.flags & (ts.NodeFlags.Const | ts.NodeFlags.Using | ts.NodeFlags.AwaitUsing));
      const names: string[] = [];
      for (const declaration of list.declarations) bindingNames(declaration.name, names);
      for (const name of names) add(name, mutable);
    } else if (
      ts.isFunctionDeclaration(statement) ||
      ts.isClassDeclaration(statement) ||
      ts.isEnumDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement)
    ) {
      if (statement.name) add(statement.name.text);
    } else if (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name)) {
      add(statement.name.text);
    } else if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause;
      if (clause.name) add(clause.name.text);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) add(bindings.name.text);
      else if (bindings) for (const element of bindings.elements) add(element.name.text);
    } else if (ts.isImportEqualsDeclaration(statement)) {
      add(statement.name.text);
    }
  }
  return [...out.values()];
}

const cellFile = (index: number) => `${CELL_DIR}/c${index}.ts`;

/** The generated tail of cell `index`: imports of earlier cells' names, exports of its own. */
export function cellTail(names: TopName[][], index: number): string {
  const own = new Set(names[index].map((n) => n.name));
  const provider = new Map<string, { cell: number; mutable: boolean }>();
  for (let j = 0; j < index; j++)
    for (const n of names[j]) provider.set(n.name, { cell: j, mutable: n.mutable });
  const imports = new Map<number, string[]>();
  const lines: string[] = [];
  for (const [name, { cell, mutable }] of provider) {
    if (own.has(name)) continue;
    if (mutable) lines.push(`declare let ${name}: typeof import("./c${cell}.ts").${name};`);
    else imports.set(cell, [...(imports.get(cell) ?? []), name]);
  }
  for (const [cell, list] of imports) lines.unshift(`import { ${list.join(", ")} } from "./c${cell}.ts";`);
  if (own.size) lines.push(`export { ${[...own].join(", ")} };`);
  // The `;` ends whatever the reader left open at the end (`r.` must not read on into `import`).
  return "\n;\n" + lines.join("\n") + "\n";
}

/** Display parts as text; `{@link attend}` becomes `attend`. */
const flatten = (parts: readonly ts.SymbolDisplayPart[] | undefined) =>
  (parts ?? [])
    .filter((p) => p.kind !== "link")
    .map((p) => p.text)
    .join("");

function tagText(tag: ts.JSDocTagInfo): string {
  return flatten(tag.text);
}

/** The sortText TypeScript gives an entry as a number, lower first. */
const rank = (sortText: string) => {
  const n = Number.parseInt(sortText, 10);
  return Number.isFinite(n) ? n : 99;
};

const setMessages = (
  ts as unknown as { setLocalizedDiagnosticMessages(m: Record<string, string> | undefined): void }
).setLocalizedDiagnosticMessages;

export interface TypeService {
  /** The page's cells in order, with their current code. Unchanged cells cost nothing. */
  setCells(cells: CellSource[]): void;
  /**
   * The library as the kernel uses it: the reader's edited version (every file, path inside
   * src/lib/attention → code), or `null` for the shipped one.
   */
  setLibrary(files: Record<string, string> | null): void;
  /** Replace one document's text (a cell or a library file) — what the editor shows now. */
  update(doc: DocRef, code: string): void;
  diagnostics(doc: DocRef): TypeDiagnostic[];
  completions(doc: DocRef, pos: number): Completions | null;
  hover(doc: DocRef, pos: number): Hover | null;
  signatureHelp(doc: DocRef, pos: number): SignatureHelp | null;
}

export function createTypeService(files: ServiceFiles, lang: Lang): TypeService {
  const texts = new Map<string, string>();
  const versions = new Map<string, number>();
  const write = (path: string, text: string) => {
    if (texts.get(path) === text) return;
    texts.set(path, text);
    versions.set(path, (versions.get(path) ?? 0) + 1);
  };
  for (const [name, text] of Object.entries(files.lib)) write(`${LIB_DIR}/${name}`, text);
  for (const [name, text] of Object.entries(files.library)) write(`${LIBRARY_DIR}/${name}`, text);
  for (const [module, dts] of Object.entries(files.modules ?? {}))
    for (const [name, text] of Object.entries(dts)) write(`${MODULES_DIR}/${module}/${name}`, text);
  write(GLOBALS, files.globals);

  let cells: { id: string; code: string; names: TopName[] }[] = [];
  let libraryFiles = Object.keys(files.library).map((name) => `${LIBRARY_DIR}/${name}`);

  const writeCells = () => {
    const names = cells.map((c) => c.names);
    cells.forEach((cell, i) => write(cellFile(i), cell.code + cellTail(names, i)));
  };

  const paths: Record<string, string[]> = { attention: [`${LIBRARY_DIR}/index.ts`] };
  for (const [module, dts] of Object.entries(files.modules ?? {}))
    paths[module] = [`${MODULES_DIR}/${module}/${"index.d.ts" in dts ? "index.d.ts" : Object.keys(dts)[0]}`];

  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    moduleDetection: ts.ModuleDetectionKind.Force,
    lib: ["lib.es2022.d.ts"],
    strict: true,
    noEmit: true,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
    types: [],
    paths,
  };

  let projectVersion = 0;
  let seenVersions = "";
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getProjectVersion: () => {
      const now = [...versions.values()].join(",") + "|" + cells.length + "|" + libraryFiles.length;
      if (now !== seenVersions) {
        seenVersions = now;
        projectVersion++;
      }
      return String(projectVersion);
    },
    getScriptFileNames: () => [GLOBALS, ...libraryFiles, ...cells.map((_, i) => cellFile(i))],
    getScriptVersion: (path) => String(versions.get(path) ?? 0),
    getScriptSnapshot: (path) => {
      const text = texts.get(path);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => "/",
    getDefaultLibFileName: () => `${LIB_DIR}/lib.d.ts`,
    readFile: (path) => texts.get(path),
    fileExists: (path) => texts.has(path),
    directoryExists: (dir) => {
      const prefix = dir.endsWith("/") ? dir : dir + "/";
      for (const path of texts.keys()) if (path.startsWith(prefix)) return true;
      return false;
    },
    getDirectories: () => [],
    useCaseSensitiveFileNames: () => true,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry(true, "/"));

  /** Every call runs with the reader's language set, so messages made during it are in that language. */
  const inLang = <T>(fn: () => T): T => {
    setMessages({ ko: files.koMessages, en: undefined }[lang]);
    return fn();
  };

  const fileOf = (doc: DocRef): { path: string; length: number } | null => {
    if ("cell" in doc) {
      const i = cells.findIndex((c) => c.id === doc.cell);
      return i < 0 ? null : { path: cellFile(i), length: cells[i].code.length };
    }
    const path = `${LIBRARY_DIR}/${doc.file}`;
    const text = texts.get(path);
    return text === undefined ? null : { path, length: text.length };
  };

  const setCellsNow = (next: CellSource[]) => {
    const byId = new Map(cells.map((c) => [c.id, c]));
    cells = next.map(({ id, code }) => {
      const old = byId.get(id);
      return old && old.code === code ? old : { id, code, names: topLevelNames(code) };
    });
    writeCells();
  };

  return {
    setCells: setCellsNow,

    setLibrary(edited) {
      const all = edited ?? files.library;
      libraryFiles = Object.keys(all).map((name) => `${LIBRARY_DIR}/${name}`);
      for (const [name, text] of Object.entries(all)) write(`${LIBRARY_DIR}/${name}`, text);
    },

    update(doc, code) {
      if ("cell" in doc) setCellsNow(cells.map((c) => (c.id === doc.cell ? { id: c.id, code } : c)));
      else {
        const path = `${LIBRARY_DIR}/${doc.file}`;
        if (!libraryFiles.includes(path)) libraryFiles = [...libraryFiles, path];
        write(path, code);
      }
    },

    diagnostics(doc) {
      return inLang(() => {
        const file = fileOf(doc);
        if (!file) return [];
        const syntactic = service.getSyntacticDiagnostics(file.path);
        const found = [
          ...syntactic.map((d) => ({ d, syntax: true })),
          ...service.getSemanticDiagnostics(file.path).map((d) => ({ d, syntax: false })),
        ];
        const out: TypeDiagnostic[] = [];
        for (const { d, syntax } of found) {
          let from = d.start ?? 0;
          // Only what lies in the reader's code; a syntax error that runs into the tail (an
          // unclosed comment or string) is shown at the end of their code.
          if (from > file.length) {
            if (!syntax) continue;
            from = file.length;
          }
          const to = Math.min(file.length, Math.max(from, from + (d.length ?? 0)));
          out.push({
            from,
            to,
            severity:
              d.category === ts.DiagnosticCategory.Error
                ? "error"
                : d.category === ts.DiagnosticCategory.Warning
                  ? "warning"
                  : "info",
            message: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
            code: d.code,
          });
        }
        return out;
      });
    },

    completions(doc, pos) {
      return inLang(() => {
        const file = fileOf(doc);
        if (!file || pos > file.length) return null;
        const result = service.getCompletionsAtPosition(file.path, pos, {
          includeCompletionsForModuleExports: false,
          includeCompletionsWithInsertText: true,
        });
        if (!result) return null;
        const text = texts.get(file.path)!;
        let from = pos;
        while (from > 0 && /[\w$]/.test(text[from - 1])) from--;
        return {
          from,
          items: result.entries.map((e) => ({ label: e.name, kind: e.kind, rank: rank(e.sortText) })),
        };
      });
    },

    hover(doc, pos) {
      return inLang(() => {
        const file = fileOf(doc);
        if (!file || pos > file.length) return null;
        const info = service.getQuickInfoAtPosition(file.path, pos);
        if (!info) return null;
        return {
          from: info.textSpan.start,
          to: info.textSpan.start + info.textSpan.length,
          signature: cleanAlias(flatten(info.displayParts)),
          documentation: flatten(info.documentation),
          tags: (info.tags ?? []).map((t) => ({ name: t.name, text: tagText(t) })),
        };
      });
    },

    signatureHelp(doc, pos) {
      return inLang(() => {
        const file = fileOf(doc);
        if (!file || pos > file.length) return null;
        const help = service.getSignatureHelpItems(file.path, pos, undefined);
        if (!help || help.items.length === 0) return null;
        const item = help.items[help.selectedItemIndex] ?? help.items[0];
        let label = flatten(item.prefixDisplayParts);
        let activeFrom = label.length;
        let activeTo = label.length;
        const separator = flatten(item.separatorDisplayParts);
        item.parameters.forEach((p, i) => {
          if (i > 0) label += separator;
          if (i === help.argumentIndex) activeFrom = label.length;
          label += flatten(p.displayParts);
          if (i === help.argumentIndex) activeTo = label.length;
        });
        label += flatten(item.suffixDisplayParts);
        const active = item.parameters[help.argumentIndex];
        return {
          label,
          activeFrom,
          activeTo,
          documentation: flatten(item.documentation),
          parameterDocumentation: active ? flatten(active.documentation) : "",
          overload: help.items.length > 1 ? `${help.selectedItemIndex + 1}/${help.items.length}` : "",
        };
      });
    },
  };
}

/**
 * A name from an earlier cell is an import in the generated tail, so TypeScript prints it as
 * `(alias) const keys: number[][]` followed by `import keys`. The reader wrote no import: show
 * the declaration alone.
 */
function cleanAlias(signature: string): string {
  if (!signature.startsWith("(alias) ")) return signature;
  const lines = signature.slice("(alias) ".length).split("\n");
  return lines.filter((line) => !/^import /.test(line)).join("\n");
}
