import type { QuizDef } from "../types.ts";

export const quizzes: QuizDef[] = [
  {
    id: "seq-bottleneck",
    chapter: "04-seq2seq",
    question: {
      ko: "길수록 담긴 내용도 많아지는 입력(무작위 문자열처럼)에서는 어텐션이 없는 seq2seq 모델이 입력이 길어질수록 약해집니다. 왜 그럴까요?",
      en: "On inputs that say more the longer they are (a random string, say), a seq2seq model without attention gets worse as the input grows. Why?",
    },
    options: [
      {
        text: {
          ko: "입력 전체가 길이와 상관없이 고정된 크기의 벡터 $h_T$ 하나에 담겨야 하기 때문",
          en: "the whole input must fit into one fixed-size vector $h_T$, however long it is",
        },
        correct: true,
        explanation: {
          ko: "벡터의 크기는 그대로이므로, 담을 내용이 벡터보다 많아지면 정보를 잃습니다. 길이 자체가 문제는 아닙니다. 날짜는 아무리 길게 써도 연, 월, 일 세 수만 전하므로, 08장에서 재 보면 어텐션 없는 모델의 정확도가 길이와 상관없이 거의 같습니다. 무작위 문자열 뒤집기에서는 길이와 함께 무너집니다.",
          en: "The vector's size stays the same, so once there is more to hold than it can carry, information is lost. Length itself is not the problem: a date carries three numbers however long it is written, and chapter 08 finds the model without attention about equally accurate on dates of every length, while on reversing random strings it collapses as they grow.",
        },
      },
      {
        text: {
          ko: "디코더가 출력 길이를 미리 알 수 없기 때문",
          en: "the decoder cannot know the output length in advance",
        },
        correct: false,
        explanation: {
          ko: "디코더는 끝 토큰을 써서 스스로 멈추므로 출력 길이를 미리 알 필요가 없습니다. 날짜 출력은 길이도 항상 같습니다.",
          en: "The decoder stops by writing an end token, so it never needs the length in advance; and date outputs always have the same length.",
        },
      },
      {
        text: {
          ko: "인코더가 긴 입력의 뒷부분을 읽지 않기 때문",
          en: "the encoder skips the end of long inputs",
        },
        correct: false,
        explanation: {
          ko: "인코더는 모든 토큰을 읽습니다. 오히려 끝부분은 $h_T$에 가장 잘 남고, 흐려지는 쪽은 앞부분입니다.",
          en: "The encoder reads every token. If anything, the end survives best in $h_T$; it is the beginning that fades.",
        },
      },
    ],
  },
];
