/**
 * Predictions in a test page, for any driver (Playwright's `evaluate`, WebDriver's): each function
 * runs inside the page, so it uses nothing from this module's scope.
 */

/** The predictions have started: their no-JavaScript answer is hidden (they load when one comes near the screen). */
export const predictionsStarted = (): boolean =>
  [...document.querySelectorAll<HTMLElement>("[data-predict] [data-answer]")].every((a) => a.hidden);

/** Presses "Just show me" on every open prediction, as a reader who skips would. */
export const pressJustShowMe = (): void => {
  for (const skip of document.querySelectorAll<HTMLElement>('[data-predict][data-state="open"] [data-skip]'))
    skip.click();
};
