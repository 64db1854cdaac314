// "Apply" on a suggested estimate fills the story-points field; the item page's inline edit saves it on change.
(function () {
  "use strict";

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-estimation-apply]");
    var field = document.getElementById("storyPoints");
    if (!button || !field) {
      return;
    }
    field.value = button.dataset.estimationApply;
    field.dispatchEvent(new Event("change", { bubbles: true }));
    field.focus();
  });
})();
