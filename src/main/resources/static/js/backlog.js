// Ranks the backlog by dragging a row's handle (pointer events, so mouse, pen and touch alike) or with the
// arrow keys on a focused handle. The new place is saved as "after the row above, before the row below";
// the server writes only the moved item's rank. If the save is refused the page reloads with the truth.
(function () {
  "use strict";

  var list = document.getElementById("backlog");
  if (!list || list.dataset.mayRank !== "true") {
    return;
  }
  var baseUrl = list.dataset.rankUrl.replace(/\/$/, "");
  var dragging = null;

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute("content") : null;
  }

  function rows() {
    return Array.prototype.slice.call(list.querySelectorAll(".backlog-row"));
  }

  function renumber() {
    rows().forEach(function (row, index) {
      var rank = row.querySelector(".backlog-rank");
      if (rank) {
        rank.textContent = String(index + 1);
      }
    });
  }

  function fail() {
    var error = document.getElementById("backlog-error");
    if (error) {
      error.hidden = false;
    }
    window.setTimeout(function () { window.location.reload(); }, 1200);
  }

  function save(row) {
    var above = row.previousElementSibling;
    var below = row.nextElementSibling;
    var body = new URLSearchParams();
    body.set("after", above ? above.dataset.key : "");
    body.set("before", below ? below.dataset.key : "");
    body.set("version", row.dataset.version);
    var headers = { "Content-Type": "application/x-www-form-urlencoded", "X-Tandem-Fetch": "1",
      "Accept": "application/json" };
    var header = meta("_csrf_header");
    var token = meta("_csrf");
    if (header && token) {
      headers[header] = token;
    }
    row.classList.add("saving");
    fetch(baseUrl + "/" + encodeURIComponent(row.dataset.key) + "/rank", {
      method: "POST", headers: headers, body: body.toString(), credentials: "same-origin"
    }).then(function (response) {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    }).then(function (saved) {
      row.dataset.version = String(saved.version);
      row.classList.remove("saving");
      renumber();
    }).catch(fail);
  }

  function placeAt(row, clientY) {
    var others = rows().filter(function (r) { return r !== row; });
    for (var i = 0; i < others.length; i++) {
      var box = others[i].getBoundingClientRect();
      if (clientY < box.top + box.height / 2) {
        if (row.nextElementSibling !== others[i]) {
          list.insertBefore(row, others[i]);
        }
        return;
      }
    }
    if (list.lastElementChild !== row) {
      list.appendChild(row);
    }
  }

  list.addEventListener("pointerdown", function (event) {
    var handle = event.target.closest(".drag-handle");
    if (!handle || event.button !== 0) {
      return;
    }
    var row = handle.closest(".backlog-row");
    dragging = { row: row, handle: handle, pointer: event.pointerId, next: row.nextElementSibling };
    handle.setPointerCapture(event.pointerId);
    row.classList.add("dragging");
    document.body.classList.add("backlog-dragging");
    event.preventDefault();
  });

  list.addEventListener("pointermove", function (event) {
    if (dragging && event.pointerId === dragging.pointer) {
      placeAt(dragging.row, event.clientY);
    }
  });

  function finish(event, keep) {
    if (!dragging || event.pointerId !== dragging.pointer) {
      return;
    }
    var drag = dragging;
    dragging = null;
    drag.row.classList.remove("dragging");
    document.body.classList.remove("backlog-dragging");
    if (drag.handle.hasPointerCapture(event.pointerId)) {
      drag.handle.releasePointerCapture(event.pointerId);
    }
    var moved = drag.row.nextElementSibling !== drag.next;
    if (!keep) {
      list.insertBefore(drag.row, drag.next);
    } else if (moved) {
      save(drag.row);
    }
  }

  list.addEventListener("pointerup", function (event) { finish(event, true); });
  list.addEventListener("pointercancel", function (event) { finish(event, false); });

  list.addEventListener("keydown", function (event) {
    var handle = event.target.closest(".drag-handle");
    if (!handle || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) {
      return;
    }
    var row = handle.closest(".backlog-row");
    if (event.key === "ArrowUp" && row.previousElementSibling) {
      list.insertBefore(row, row.previousElementSibling);
    } else if (event.key === "ArrowDown" && row.nextElementSibling) {
      list.insertBefore(row.nextElementSibling, row);
    } else {
      return;
    }
    event.preventDefault();
    handle.focus();
    save(row);
  });
})();
