import { replayEarlyClicks } from "../widgets/shared/early-clicks.ts";

/**
 * Runs `start` once, when any element matching `selector` comes near the viewport or the reader
 * interacts with one — so that a component's code (and what it imports) is not part of the page's
 * first-load JavaScript. Clicks that arrive before the code has loaded are replayed after it
 * (see `replayEarlyClicks`).
 */
export function whenNear(selector: string, start: () => Promise<unknown>): void {
  const elements = [...document.querySelectorAll<HTMLElement>(selector)];
  if (elements.length === 0) return;
  let loading: Promise<unknown> | undefined;
  let loaded = false;
  const go = () => {
    if (loading) return loading;
    observer?.disconnect();
    loading = start().then(() => {
      loaded = true;
    });
    return loading;
  };
  const observer =
    "IntersectionObserver" in window
      ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void go(), {
          rootMargin: "600px 0px",
        })
      : undefined;
  for (const el of elements) {
    observer?.observe(el);
    el.addEventListener("focusin", () => void go());
    replayEarlyClicks(el, go, () => loaded);
  }
  if (!observer) void go();
}
