// The backlog page's sections (the active sprint, the planned sprints, the backlog). A row is dragged by its handle
// (pointer events, so mouse, pen and touch alike) within its section to rank it, and into another section to move it
// into or out of a sprint; Alt+Up/Down (or Up/Down on the handle) ranks the focused row. A row's menu gets its moves
// from the one copy in #row-moves when it opens, so the page does not carry them once per row. The bulk bar posts its
// form without the script; with it, it saves in place. Every save carries the versions the page holds; a refusal puts
// the rows back and says why.
(function () {
  "use strict";

  var board = document.getElementById("backlog");
  if (!board) {
    return;
  }
  var text = board.dataset;
  var mayRank = text.mayRank === "true";
  var mayPlan = text.mayPlan === "true";
  var error = document.getElementById("backlog-error");
  var bar = document.getElementById("bulk-form");
  var moves = document.getElementById("row-moves");
  var dragging = null;

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute("content") : null;
  }

  function all(selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  }

  function sections() {
    return all(".backlog-section", board);
  }

  function listOf(target) {
    return board.querySelector('.backlog-list[data-target="' + target + '"]');
  }

  function rowsOf(list) {
    return all(".backlog-row", list);
  }

  function rowOf(key) {
    return board.querySelector('.backlog-row[data-key="' + key + '"]');
  }

  function targetOf(row) {
    return row.closest(".backlog-list").dataset.target;
  }

  function format(template, value, other) {
    return template.replace("{0}", value).replace("{1}", other);
  }

  function total(rows, field) {
    var sum = rows.reduce(function (sum, row) { return sum + (Number(row.dataset[field]) || 0); }, 0);
    return Math.round(sum * 10) / 10;
  }

  // The counts, points and hours in each section's head follow the rows it now holds.
  function summarise() {
    sections().forEach(function (section) {
      var rows = rowsOf(section);
      section.querySelector(".section-count").textContent = format(text.countText, rows.length);
      section.querySelector(".section-points").textContent = format(text.pointsText, total(rows, "points"));
      var hours = section.querySelector(".section-hours");
      if (hours) {
        hours.textContent = format(text.capacityText, total(rows, "hours"), Number(hours.dataset.capacity));
        hours.classList.toggle("over-capacity", total(rows, "hours") > Number(hours.dataset.capacity));
      }
    });
  }

  function say(message) {
    error.textContent = message;
    error.hidden = !message;
  }

  function post(body) {
    var headers = { "Content-Type": "application/json", "Accept": "application/json" };
    if (meta("_csrf_header") && meta("_csrf")) {
      headers[meta("_csrf_header")] = meta("_csrf");
    }
    return fetch(text.movesUrl, { method: "POST", credentials: "same-origin", headers: headers,
      body: JSON.stringify(body) }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          throw new Error(data.detail || data.title || String(response.status));
        }
        return data;
      });
    });
  }

  // Keeps what the page shows of each saved row in step: its version in the script's data and in its forms.
  function saved(data) {
    Object.keys(data.versions).forEach(function (key) {
      var row = rowOf(key);
      if (!row) {
        return;
      }
      var version = String(data.versions[key]);
      row.dataset.version = version;
      all('input[name="items"]', row).forEach(function (input) { input.value = key + ":" + version; });
    });
  }

  function ref(row) {
    return { key: row.dataset.key, version: Number(row.dataset.version) };
  }

  // Where rows go back to when a save is refused.
  function places(rows) {
    return rows.map(function (row) { return { row: row, list: row.parentNode, next: row.nextElementSibling }; });
  }

  function restore(saved) {
    saved.slice().reverse().forEach(function (place) { place.list.insertBefore(place.row, place.next); });
    summarise();
  }

  function send(body, rows, undo) {
    rows.forEach(function (row) { row.classList.add("saving"); });
    say("");
    summarise();
    return post(body).then(function (data) {
      saved(data);
      return true;
    }, function (failure) {
      restore(undo);
      say(text.failed + " " + failure.message);
      return false;
    }).then(function (ok) {
      rows.forEach(function (row) { row.classList.remove("saving"); });
      return ok;
    });
  }

  // A row moved into another section without a new rank goes where its rank puts it there.
  function insertByRank(row, list) {
    var after = rowsOf(list).filter(function (other) {
      return other !== row && other.dataset.rank > row.dataset.rank;
    })[0];
    list.insertBefore(row, after || null);
  }

  function neighbours(row) {
    var above = row.previousElementSibling;
    var below = row.nextElementSibling;
    return { after: above ? above.dataset.key : null, before: below ? below.dataset.key : null };
  }

  // The server ranks the row between its neighbours; the page's copy of the rank only needs the same order.
  function reRank(row) {
    var above = row.previousElementSibling;
    row.dataset.rank = above ? above.dataset.rank + "0" : "";
  }

  // Saves a row's new place: its section (when it changed) and its neighbours there.
  function place(row, from) {
    var to = targetOf(row);
    var body = { items: [ref(row)] };
    var near = neighbours(row);
    if (near.after) {
      body.after = near.after;
    }
    if (near.before) {
      body.before = near.before;
    }
    if (to !== from.list.dataset.target) {
      body.to = to;
    } else if (!near.after && !near.before) {
      return;
    }
    send(body, [row], [from]).then(function (ok) {
      if (ok) {
        reRank(row);
      }
    });
  }

  function moveRows(rows, to) {
    var undo = places(rows);
    var list = listOf(to);
    rows.forEach(function (row) { insertByRank(row, list); });
    return send({ items: rows.map(ref), to: to }, rows, undo);
  }

  // --- the row menu ---

  function closeMenus(except) {
    all("details.row-menu[open]").forEach(function (menu) {
      if (menu !== except) {
        menu.open = false;
      }
    });
  }

  // The menu offers the sections the row is not in, and top and bottom only where the row is not there already.
  function prepare(menu) {
    var row = menu.closest(".backlog-row");
    if (!row) {
      return;
    }
    var list = menu.querySelector(".row-menu-list");
    if (moves && !list.querySelector("button")) {
      list.insertBefore(moves.content.cloneNode(true), list.firstChild);
    }
    var here = targetOf(row);
    all("button[data-to]", menu).forEach(function (button) { button.hidden = button.dataset.to === here; });
    var top = menu.querySelector('button[data-rank="top"]');
    var bottom = menu.querySelector('button[data-rank="bottom"]');
    if (top) {
      top.hidden = !row.previousElementSibling;
    }
    if (bottom) {
      bottom.hidden = !row.nextElementSibling;
    }
  }

  document.addEventListener("toggle", function (event) {
    var menu = event.target;
    if (menu.matches && menu.matches("details.row-menu") && menu.open) {
      closeMenus(menu);
      prepare(menu);
      var first = all("button:not([hidden]), a", menu.querySelector(".row-menu-list"))[0];
      if (first) {
        first.focus();
      }
    }
  }, true);

  document.addEventListener("click", function (event) {
    if (!event.target.closest("details.row-menu")) {
      closeMenus(null);
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      var open = event.target.closest && event.target.closest("details.row-menu[open]");
      if (open) {
        open.open = false;
        open.querySelector("summary").focus();
      }
    }
  });

  board.addEventListener("click", function (event) {
    var button = event.target.closest(".backlog-row .row-menu-list button");
    if (!button) {
      return;
    }
    var row = button.closest(".backlog-row");
    var menu = row.querySelector("details.row-menu");
    menu.open = false;
    if (button.dataset.to) {
      moveRows([row], button.dataset.to);
      return;
    }
    var list = row.parentNode;
    var from = places([row])[0];
    if (button.dataset.rank === "top") {
      list.insertBefore(row, list.firstElementChild);
    } else {
      list.appendChild(row);
    }
    place(row, from);
    menu.querySelector("summary").focus();
  });

  // --- the bulk bar ---

  function checked() {
    return all('.backlog-row input[type="checkbox"]:checked', board);
  }

  function showBar() {
    if (!bar) {
      return;
    }
    var count = checked().length;
    bar.hidden = count === 0;
    board.classList.toggle("selecting", count > 0);
    document.getElementById("bulk-count").textContent = format(text.selectedText, count);
  }

  if (bar) {
    bar.hidden = true;
    document.getElementById("bulk-clear").hidden = false;
    board.addEventListener("change", function (event) {
      if (event.target.matches('input[type="checkbox"]')) {
        showBar();
      }
    });
    document.getElementById("bulk-clear").addEventListener("click", function () {
      checked().forEach(function (box) { box.checked = false; });
      showBar();
    });
    bar.addEventListener("submit", function (event) {
      var button = event.submitter;
      if (!button || !button.dataset.to) {
        return;
      }
      event.preventDefault();
      all("details[open]", bar).forEach(function (menu) { menu.open = false; });
      var boxes = checked();
      var rows = boxes.map(function (box) { return box.closest(".backlog-row"); });
      moveRows(rows, button.dataset.to).then(function (ok) {
        if (ok) {
          boxes.forEach(function (box) { box.checked = false; });
          showBar();
        }
      });
    });
  }

  // --- dragging ---

  // The list the pointer is over: any section when the person may plan sprints, else only the row's own.
  function listAt(clientY, home) {
    if (!mayPlan) {
      return home;
    }
    var found = home;
    sections().forEach(function (section) {
      var box = section.getBoundingClientRect();
      if (clientY >= box.top && clientY <= box.bottom) {
        found = section.querySelector(".backlog-list");
      }
    });
    return found;
  }

  function placeAt(row, clientY) {
    var list = listAt(clientY, dragging.from.list);
    var others = rowsOf(list).filter(function (r) { return r !== row; });
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

  if (mayRank) {
    board.addEventListener("pointerdown", function (event) {
      var handle = event.target.closest(".drag-handle");
      if (!handle || event.button !== 0) {
        return;
      }
      var row = handle.closest(".backlog-row");
      dragging = { row: row, handle: handle, pointer: event.pointerId, from: places([row])[0] };
      handle.setPointerCapture(event.pointerId);
      row.classList.add("dragging");
      document.body.classList.add("backlog-dragging");
      event.preventDefault();
    });

    board.addEventListener("pointermove", function (event) {
      if (dragging && event.pointerId === dragging.pointer) {
        placeAt(dragging.row, event.clientY);
      }
    });

    var finish = function (event, keep) {
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
      var moved = drag.row.parentNode !== drag.from.list || drag.row.nextElementSibling !== drag.from.next;
      if (!keep) {
        restore([drag.from]);
      } else if (moved) {
        place(drag.row, drag.from);
      }
    };

    board.addEventListener("pointerup", function (event) { finish(event, true); });
    board.addEventListener("pointercancel", function (event) { finish(event, false); });

    // Alt+Up/Down on any part of a row, or Up/Down on its handle, moves it one place within its section.
    board.addEventListener("keydown", function (event) {
      if (event.key !== "ArrowUp" && event.key !== "ArrowDown") {
        return;
      }
      var onHandle = event.target.closest(".drag-handle");
      var row = event.target.closest(".backlog-row");
      if (!row || !(onHandle || event.altKey) || event.target.closest("details.row-menu[open]")) {
        return;
      }
      var from = places([row])[0];
      var list = row.parentNode;
      if (event.key === "ArrowUp" && row.previousElementSibling) {
        list.insertBefore(row, row.previousElementSibling);
      } else if (event.key === "ArrowDown" && row.nextElementSibling) {
        list.insertBefore(row.nextElementSibling, row);
      } else {
        return;
      }
      event.preventDefault();
      event.target.focus();
      place(row, from);
    });
  }
})();
