// Shared by widgets and the site's lazily loaded components (quizzes, exercises): a click that
// lands before a component's code has loaded is held and replayed, never lost.

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
