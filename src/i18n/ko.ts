/** Korean UI strings. Every key here exists in en.ts too (checked by a test). */
export const ko = {
  "site.title": "어텐션, 라이브",
  "site.tagline": "직접 움직여 보며 배우는 어텐션 메커니즘",
  "site.description":
    "쿼리·키·값에서 바다나우 어텐션까지, 브라우저에서 직접 실행하고 고쳐 보며 배우는 어텐션 강좌입니다.",
  "nav.home": "목차",
  "nav.skip": "본문으로 건너뛰기",
  "nav.chapters": "챕터",
  "nav.prev": "이전",
  "nav.next": "다음",
  "nav.main": "주 메뉴",
  "nav.chapterNav": "챕터 이동",
  "lang.switch": "English",
  "lang.switchLabel": "영어판으로 보기",
  "lang.name": "한국어",
  "theme.dark": "어두운 화면",
  "home.toc": "목차",
  "home.intro":
    "이 강좌는 어텐션의 핵심 아이디어를 여덟 단계로 따라갑니다. 모든 그림은 직접 조작할 수 있고, 모든 코드는 고쳐서 다시 실행할 수 있습니다.",
  "home.lectureSteps": "강의 단계",
  "chapter.goals": "이 챕터에서 배울 것",
  "chapter.lectureStep": "강의 단계",
  "chapter.of": "/",
  "pick.title": "언어를 고르세요 · Choose a language",
  "pick.remember": "선택한 언어는 이 브라우저에 기억됩니다.",
  "chart.caption": "그림",
  "footer.note": "어텐션, 라이브 — 브라우저에서 실행되는 어텐션 강좌.",
} as const;
