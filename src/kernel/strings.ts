/**
 * What the kernel says to the reader, in both languages: words in a cell's output, its own run
 * errors (a cell stopped, a value from a cell that did not finish, an import it cannot make), the
 * edited library's import errors (a cycle, a file it cannot find), and what the sandbox blocks.
 * The worker learns the page's language when it starts (`init`).
 */
import { defineStrings } from "../i18n/lang.ts";
import { josa } from "../i18n/particles.ts";

export const strings = defineStrings({
  ko: {
    output: {
      more: (n: number) => `${n}개 더 보기`,
      cut: (n: number) => `출력이 너무 커서 ${n}개 항목만 보여 줍니다`,
      at: (line: number, column?: number) =>
        `${line}번째 줄${column === undefined ? "" : `, ${column}번째 열`}`,
      inCell: "셀",
      chartFailed: "그림을 그리는 코드를 불러오지 못했습니다. 페이지를 새로 고친 뒤 다시 실행해 보세요.",
    },
    run: {
      stopped: "끝나기 전에 멈췄습니다",
      fromCell: (name: string, cell: string) =>
        `${josa(name, "은/는")} 셀 "${cell}"에서 만드는 값인데, 그 셀이 끝까지 실행되지 않았습니다`,
      imports: (spec: string) =>
        `셀에서는 "attention"과 "@observablehq/plot"만 가져올 수 있습니다. ${josa(`"${spec}"`, "은/는")} 가져올 수 없습니다`,
      noExport:
        "셀에서는 export를 쓰지 않습니다. 셀의 맨 바깥에서 선언한 이름은 아래 셀들이 이미 모두 쓸 수 있습니다",
      thrown: (value: string) => `오류 객체가 아닌 값을 던졌습니다: ${value}`,
    },
    library: {
      cycle: (path: string) => `import가 순환합니다: ${path}`,
      cannotFind: (spec: string) => `${josa(`"${spec}"`, "을/를")} 찾을 수 없습니다`,
      noEntry: (entry: string) => `라이브러리에 ${entry} 파일이 없습니다`,
    },
    sandbox: {
      storage:
        "셀은 샌드박스에서 실행되므로 저장된 작업(IndexedDB, localStorage, 캐시)에 닿지 못합니다. 저장은 페이지만 합니다.",
      network: "셀은 샌드박스에서 실행되므로 네트워크를 쓸 수 없습니다. fetch와 다른 요청은 막혀 있습니다.",
      page: "셀은 샌드박스에서 실행되므로 페이지(top, window.open, location)에 닿지 못합니다.",
      messages: "셀은 샌드박스에서 실행되므로 페이지에 메시지를 보낼 수 없습니다.",
    },
  },
  en: {
    output: {
      more: (n: number) => `show ${n} more`,
      cut: (n: number) => `output too large: showing the first ${n} items`,
      at: (line: number, column?: number) =>
        `line ${line}${column === undefined ? "" : `, column ${column}`}`,
      inCell: "cell",
      chartFailed: "The code that draws charts could not be loaded. Reload the page and run the cell again.",
    },
    run: {
      stopped: "stopped before it finished",
      fromCell: (name: string, cell: string) => `${name} comes from cell "${cell}", which did not finish`,
      imports: (spec: string) => `cells can import "attention" and "@observablehq/plot", not "${spec}"`,
      noExport: "cells do not export: every top-level name is already shared with later cells",
      thrown: (value: string) => `thrown: ${value}`,
    },
    library: {
      cycle: (path: string) => `import cycle: ${path}`,
      cannotFind: (spec: string) => `cannot find "${spec}"`,
      noEntry: (entry: string) => `the library has no ${entry}`,
    },
    sandbox: {
      storage:
        "Cells run in a sandbox: stored work (IndexedDB, localStorage, caches) is out of their reach. Only the page stores things.",
      network: "Cells run in a sandbox without network access: fetch and every other request are blocked.",
      page: "Cells run in a sandbox: the page (top, window.open, location) is out of their reach.",
      messages: "Cells run in a sandbox: they cannot post messages to the page.",
    },
  },
});
