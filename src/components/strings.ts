import { defineStrings } from "../i18n/lang.ts";

/** What the course's components say in the page (each component reads only its own part). */
export const strings = defineStrings({
  ko: {
    temperatureChart: { key: "키", weight: "가중치", temp: "온도 τ", caption: "스코어" },
    exercise: {
      passed: "통과",
      failed: "아직",
      checking: "확인 중…",
      error: "코드를 실행하다가 오류가 났습니다",
      allPassed: (n: number) => `검사 ${n}개를 모두 통과했습니다.`,
      somePassed: (k: number, n: number, first: string) =>
        `검사 ${n}개 중 ${k}개를 통과했습니다. 처음 실패한 검사는 ‘${first}’입니다.`,
    },
    myWork: {
      title: "내 작업",
      intro:
        "고친 셀과 라이브러리, 진행 상황, 직접 학습한 모델은 이 브라우저(IndexedDB)에만 저장되고 어디에도 전송되지 않습니다. 다른 브라우저나 기기로 옮기려면 파일로 내보낸 뒤 그곳에서 가져오세요.",
      summary: "고친 셀 {cells}개 · 고친 라이브러리 파일 {library}개 · 학습한 모델 {models}개",
      mayClear:
        "브라우저가 지울 수 있음: 저장 공간이 모자랄 때, Safari에서는 7일 동안 방문하지 않을 때 작업이 지워질 수 있습니다. 내보내면 파일로 사본을 남길 수 있습니다.",
      kept: "계속 보관됨: 직접 지우지 않는 한 이 브라우저가 작업을 지우지 않습니다.",
      keepRefused:
        "브라우저가 계속 보관하기를 허락하지 않았습니다. 브라우저가 스스로 정하며, 사이트를 북마크하거나 설치하면 허락하는 경우가 많습니다. 내보내면 파일로 사본을 남길 수 있습니다.",
      askKeep: "계속 보관하도록 요청",
      gone: "{date}부터 이 브라우저에 보관하던 작업이 사라졌습니다. 브라우저가 지운 것입니다. 내보낸 파일이 있으면 가져와서 되살리세요.",
      empty:
        "이 브라우저에는 보관된 작업이 없습니다. 전에 여기서 공부했다면 브라우저가 작업을 지웠을 수 있습니다. 내보낸 파일이 있으면 가져와서 되살리세요.",
      importFile: "파일 가져오기",
      edits: "고친 셀과 파일",
      noEdits: "아직 고친 셀이나 파일이 없습니다.",
      transfer: "내보내기와 가져오기",
      export: "내보내기",
      import: "가져오기",
      exported: "파일로 저장했습니다.",
      importPlan: "이 파일을 가져오면 다음이 바뀝니다.",
      importConfirm: "가져오기 확인",
      importCancel: "취소",
      cancelled: "가져오지 않았습니다. 아무것도 바뀌지 않았습니다.",
      importNothing:
        "이 파일에는 지금 작업보다 새로운 내용이 없습니다(더 새로운 지금 작업 유지 {kept}건, 이미 있어 건너뜀 {skipped}건). 아무것도 바뀌지 않았습니다.",
      planSummary: "추가 {added}건, 더 새로운 지금 작업 유지 {kept}건, 이미 있어 건너뜀 {skipped}건",
      progressAdded: "진행 상황 {n}건 추가",
      imported:
        "가져왔습니다. 추가 {added}건, 더 새로운 지금 작업 유지 {kept}건, 이미 있어 건너뜀 {skipped}건입니다.",
      kind: {
        cell: "셀",
        library: "라이브러리 파일",
        "library-draft": "라이브러리 파일(적용 전)",
        model: "모델",
      },
      plan: {
        add: "추가",
        update: "바꿈(파일 쪽이 더 새로움)",
        keep: "지금 것 유지(파일보다 더 새로움)",
      },
      err: {
        "too-large": "파일이 너무 큽니다({detail}). 아무것도 바뀌지 않았습니다.",
        "not-json": "JSON 파일이 아니거나 손상된 파일입니다. 아무것도 바뀌지 않았습니다.",
        "wrong-format": "이 사이트에서 내보낸 파일이 아닙니다. 아무것도 바뀌지 않았습니다.",
        "wrong-version": "이 사이트가 읽을 수 없는 버전의 파일입니다({detail}). 아무것도 바뀌지 않았습니다.",
        "bad-shape": "파일 내용이 올바르지 않습니다({detail}). 아무것도 바뀌지 않았습니다.",
      },
    },
  },
  en: {
    temperatureChart: { key: "key", weight: "weight", temp: "temperature τ", caption: "scores" },
    exercise: {
      passed: "passed",
      failed: "not yet",
      checking: "checking…",
      error: "Your code stopped with an error",
      allPassed: (n: number) => `All ${n} checks passed.`,
      somePassed: (k: number, n: number, first: string) =>
        `${k} of ${n} checks passed. The first that failed: ${first}.`,
    },
    myWork: {
      title: "My work",
      intro:
        "Your edited cells and library, your progress and the models you trained are stored in this browser only (IndexedDB) and are never sent anywhere. To move them to another browser or device, export a file here and import it there.",
      summary: "Edited cells: {cells} · edited library files: {library} · trained models: {models}",
      mayClear:
        "May be cleared by the browser: when space runs low, or in Safari after seven days without a visit. Export keeps a copy in a file.",
      kept: "Kept for good: this browser will not clear your work unless you clear it yourself.",
      keepRefused:
        "The browser did not agree to keep it for good (it decides by itself, often once the site is bookmarked or installed). Export keeps a copy in a file.",
      askKeep: "Ask the browser to keep it",
      gone: "The work this browser kept since {date} is no longer here: the browser has cleared it. If you exported it, import the file to bring it back.",
      empty:
        "This browser holds none of your work. If you worked on the course here before, the browser may have cleared it: import your exported file to bring it back.",
      importFile: "Import a file",
      edits: "Edited cells and files",
      noEdits: "You have not edited any cell or file yet.",
      transfer: "Export and import",
      export: "Export",
      import: "Import",
      exported: "Saved as a file.",
      importPlan: "Importing this file will change the following.",
      importConfirm: "Import these",
      importCancel: "Cancel",
      cancelled: "Not imported; nothing changed.",
      importNothing:
        "This file holds nothing newer than your work here (kept {kept} of yours that are newer, skipped {skipped} already here). Nothing changed.",
      planSummary: "Adds {added}, keeps {kept} of yours that are newer, skips {skipped} already here.",
      progressAdded: "{n} progress entries added",
      imported:
        "Imported: added {added}, kept {kept} of yours that are newer, skipped {skipped} already here.",
      kind: {
        cell: "cell",
        library: "library file",
        "library-draft": "library file (not applied)",
        model: "model",
      },
      plan: {
        add: "add",
        update: "replace (the file's version is newer)",
        keep: "keep yours (newer than the file's)",
      },
      err: {
        "too-large": "The file is too large ({detail}). Nothing changed.",
        "not-json": "This is not a JSON file, or it is damaged. Nothing changed.",
        "wrong-format": "This is not a file exported by this site. Nothing changed.",
        "wrong-version": "This site cannot read this version of the file ({detail}). Nothing changed.",
        "bad-shape": "The file's content is not valid ({detail}). Nothing changed.",
      },
    },
  },
});
