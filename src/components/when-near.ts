/**
 * Runs `start` once, when any element matching `selector` comes near the viewport or the reader
 * interacts with one — so that a component's code (and what it imports) is not part of the page's
 * first-load JavaScript. A click that arrives before the code has loaded is replayed after it;
 * a radio button or checkbox keeps its native state at once and its `change` is replayed instead.
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
  const early = (event: Event) => {
    if (loaded || !(event.target instanceof HTMLElement)) return;
    const target = event.target.closest<HTMLElement>("button, input, a, summary");
    if (!target) return;
    // The component says it is busy until its code has loaded and the reader's click has landed.
    const component = event.currentTarget as HTMLElement;
    component.setAttribute("aria-busy", "true");
    const done = () => component.removeAttribute("aria-busy");
    if (target instanceof HTMLInputElement && (target.type === "radio" || target.type === "checkbox")) {
      void go()
        .then(() => target.dispatchEvent(new Event("change", { bubbles: true })))
        .finally(done);
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    void go()
      .then(() => target.click())
      .finally(done);
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
    el.addEventListener("click", early, { capture: true });
  }
  if (!observer) void go();
}
