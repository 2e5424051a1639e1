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

/**
 * Until `isLoaded()`, a click on a button, link or summary inside `component` is held, `load` is
 * called (it must be safe to call more than once) and the click is replayed once the code is in;
 * a radio button or checkbox keeps its native state at once and its `change` is replayed instead.
 * The component says it is busy (`aria-busy`) until the replayed click has landed. So nothing a
 * reader clicks while a component's code is still on its way is lost.
 */
export function replayEarlyClicks(
  component: HTMLElement,
  load: () => Promise<unknown>,
  isLoaded: () => boolean,
): void {
  const early = (event: Event) => {
    if (isLoaded() || !(event.target instanceof HTMLElement)) return;
    const target = event.target.closest<HTMLElement>("button, input, a, summary");
    if (!target) return;
    component.setAttribute("aria-busy", "true");
    const done = () => component.removeAttribute("aria-busy");
    if (target instanceof HTMLInputElement && (target.type === "radio" || target.type === "checkbox")) {
      void load()
        .then(() => target.dispatchEvent(new Event("change", { bubbles: true })))
        .finally(done);
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    void load()
      .then(() => target.click())
      .finally(done);
  };
  component.addEventListener("click", early, { capture: true });
}
