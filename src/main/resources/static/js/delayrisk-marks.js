// Marks the board's cards and the Gantt's bars whose delay risk reached the warning probability, with the reasons as
// their tooltip. The data comes from the delay-risk module; the pages redraw cards and bars, so marks are re-applied.
(function () {
  "use strict";
  var root = document.querySelector("[data-delayrisk-marks]");
  if (!root) {
    return;
  }
  var label = root.getAttribute("data-delayrisk-label");
  var marks = {};
  var pending = false;

  function apply() {
    pending = false;
    document.querySelectorAll(".board-card[data-key]").forEach(function (card) {
      var text = marks[card.dataset.key];
      var mark = card.querySelector(".delayrisk-mark");
      if (text && !mark) {
        mark = document.createElement("span");
        mark.className = "delayrisk-mark";
        mark.textContent = text.split(" · ")[0];
        mark.title = label + ": " + text;
        mark.setAttribute("aria-label", label + ": " + text);
        (card.querySelector(".card-top") || card).appendChild(mark);
      } else if (!text && mark) {
        mark.remove();
      }
    });
    document.querySelectorAll("g.task[data-key]").forEach(function (bar) {
      var text = marks[bar.getAttribute("data-key")];
      bar.classList.toggle("delayrisk-risky", !!text);
      var title = bar.querySelector("title");
      if (text && title && title.textContent.indexOf(label + ":") < 0) {
        title.textContent += "\n" + label + ": " + text;
      }
    });
  }

  function schedule() {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(apply);
    }
  }

  fetch(root.getAttribute("data-delayrisk-marks"), { credentials: "same-origin", headers: { "Accept": "application/json" } })
    .then(function (response) { return response.ok ? response.json() : {}; })
    .then(function (data) {
      marks = data;
      apply();
      new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
    })
    .catch(function () { });
})();
