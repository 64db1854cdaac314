// The board card's "Log time" dialog: the ⏱ button (or T on a focused card) loads the item's form into the
// dialog with htmx; the form posts with htmx and shows the answer in place, refusals (400, 409) included.
(function () {
  "use strict";

  var dialog = document.getElementById("worklog-dialog");
  var body = document.getElementById("worklog-dialog-body");
  if (!dialog || !body) {
    return;
  }
  var openedFor = null;

  function open(button) {
    openedFor = button.closest(".board-card") ? button.closest(".board-card").dataset.key : null;
    htmx.ajax("GET", button.dataset.url, { target: body, swap: "innerHTML" }).then(function () {
      if (!dialog.open) {
        dialog.showModal();
      }
      var first = body.querySelector("input:not([type=hidden])");
      if (first) {
        first.focus();
      }
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".card-log") : null;
    if (button) {
      event.preventDefault();
      open(button);
    } else if (event.target.closest && event.target.closest("[data-dialog-close]") && dialog.contains(event.target)) {
      dialog.close();
    }
  });

  document.addEventListener("keydown", function (event) {
    var card = event.target.classList && event.target.classList.contains("board-card") ? event.target : null;
    if (card && (event.key === "t" || event.key === "T") && !event.ctrlKey && !event.metaKey && !event.altKey) {
      var button = card.querySelector(".card-log");
      if (button) {
        event.preventDefault();
        open(button);
      }
    }
  });

  // the board may have been redrawn meanwhile, so focus goes back to the card's button by the card's key
  dialog.addEventListener("close", function () {
    body.innerHTML = "";
    var card = openedFor ? document.querySelector('.board-card[data-key="' + openedFor + '"]') : null;
    var button = card ? card.querySelector(".card-log") : null;
    if (button) {
      button.focus();
    }
  });

  document.body.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    if (event.detail.target === body && (status === 400 || status === 409)) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  document.body.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target === body && dialog.open) {
      var problem = body.querySelector(".alert.error");
      var field = body.querySelector("#cardlog-hours");
      if (problem && field) {
        field.focus();
      }
    }
  });
})();
