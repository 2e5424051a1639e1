// Applies the reader's saved theme before the first paint (kept tiny and blocking on purpose).
(function () {
  try {
    var saved = localStorage.getItem("attn-theme");
    if (saved === "light" || saved === "dark") document.documentElement.dataset.theme = saved;
  } catch (e) {
    /* storage unavailable: follow the system */
  }
})();
