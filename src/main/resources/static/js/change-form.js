// The change-request form one step at a time: each step shows only the fields of the kind chosen, the steps not
// used yet stay hidden until "Add step", and the fields hidden are not sent.
(function () {
  "use strict";

  var rows = Array.prototype.slice.call(document.querySelectorAll(".change-steps .step-row"));
  var add = document.getElementById("add-step");
  if (rows.length === 0 || !add) {
    return;
  }

  function sync(row) {
    var op = row.querySelector("[data-step-op]").value;
    row.querySelectorAll("[data-ops]").forEach(function (field) {
      var shown = op !== "" && field.dataset.ops.split(" ").indexOf(op) >= 0;
      field.hidden = !shown;
      field.querySelectorAll("input, select").forEach(function (control) { control.disabled = !shown; });
    });
  }

  function used(row) {
    return row.querySelector("[data-step-op]").value !== "";
  }

  function syncAdd() {
    add.hidden = rows.every(function (row) { return !row.hidden; });
  }

  rows.forEach(function (row, i) {
    row.hidden = i > 0 && !used(row);
    sync(row);
    row.querySelector("[data-step-op]").addEventListener("change", function () { sync(row); });
  });
  syncAdd();

  add.addEventListener("click", function () {
    var next = rows.filter(function (row) { return row.hidden; })[0];
    if (next) {
      next.hidden = false;
      next.querySelector("[data-step-op]").focus();
    }
    syncAdd();
  });
})();
