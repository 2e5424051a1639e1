import { defineStrings } from "../../i18n/lang.ts";

/** What every widget may say, in both languages. */
export const strings = defineStrings({
  ko: {
    stopped: (message: string) =>
      `계산이 너무 오래 걸려 멈췄습니다. 라이브러리를 고쳤다면 무한 반복이 없는지 확인하세요. (${message})`,
    failed: (where: string, message: string) => `라이브러리가 계산하지 못했습니다${where}: ${message}`,
  },
  en: {
    stopped: (message: string) =>
      `The computation took too long and was stopped. If you edited the library, check it for an endless loop. (${message})`,
    failed: (where: string, message: string) => `The library could not compute this${where}: ${message}`,
  },
});
