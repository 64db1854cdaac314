// The theme: the system's unless the person picked light or dark with the switch in the top bar (kept in this
// browser). Loaded in <head> without defer so the page is painted in the picked theme from the start.
(function () {
  "use strict";
  var KEY = "tandem.theme";
  var ORDER = ["system", "light", "dark"];

  function picked() {
    try {
      var value = localStorage.getItem(KEY);
      return value === "light" || value === "dark" ? value : "system";
    } catch (blocked) {
      return "system";
    }
  }

  function apply(theme) {
    if (theme === "system") {
      document.documentElement.removeAttribute("data-theme");
    } else {
      document.documentElement.setAttribute("data-theme", theme);
    }
  }

  function label(button, theme) {
    button.textContent = button.getAttribute("data-label-" + theme);
    button.setAttribute("data-current", theme);
  }

  apply(picked());

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("button.theme-switch").forEach(function (button) {
      label(button, picked());
      button.hidden = false;
      button.addEventListener("click", function () {
        var next = ORDER[(ORDER.indexOf(picked()) + 1) % ORDER.length];
        try {
          if (next === "system") {
            localStorage.removeItem(KEY);
          } else {
            localStorage.setItem(KEY, next);
          }
        } catch (blocked) {
          // storage off: the pick lasts for this page only
        }
        apply(next);
        label(button, next);
      });
    });
  });
})();
