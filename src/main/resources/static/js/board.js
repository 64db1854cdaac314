// The board page: quick filters, swimlane choice, card moves by pointer or keyboard, and live refresh.
// Moves use pointer events rather than HTML5 drag and drop so that mouse, pen and test drivers behave alike.
// The server decides every move; on a refusal the card goes back where it was and the board is reloaded.
// Long cells show their first cards; "show more" and the quick filters reload the board with more of them.
(function () {
  "use strict";

  var app = document.getElementById("board-app");
  if (!app) {
    return;
  }
  var data = app.dataset;
  var mayMove = data.mayMove === "true";
  var filters = { mine: false, blocked: false, label: "", type: "" };
  var lanes = data.lanes || "none";
  var collapsed = {};
  var press = null;      // a pointer pressed on a card, not yet far enough to count as a drag
  var drag = null;       // the card being dragged
  var saving = 0;        // moves sent and not yet answered
  var refreshWanted = false;
  var refreshing = false;
  var refreshTimer = null;
  var focusAfterRefresh = null;
  var suppressClick = false;
  var menu = null;
  var atRisk = [];       // keys of the cards the schedule says will finish late
  var shown = {};        // cards asked for per cell ("lane\nstatus" → count) beyond the first ones
  var focusAfterMore = null;

  function board() {
    return document.getElementById("board");
  }

  function format(pattern) {
    var args = Array.prototype.slice.call(arguments, 1);
    return (pattern || "").replace(/\{(\d+)\}/g, function (all, i) {
      return args[i] !== undefined ? args[i] : all;
    });
  }

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute("content") : null;
  }

  function cardsIn(cell) {
    return Array.prototype.filter.call(cell.children, function (child) {
      return child.classList.contains("board-card") && !child.classList.contains("drag-source");
    });
  }

  function visible(card) {
    return !card.hidden;
  }

  function columnLabel(status) {
    var head = board().querySelector('.board-col-head[data-status="' + cssEscape(status) + '"]');
    return head ? head.dataset.label : status;
  }

  function cssEscape(value) {
    return window.CSS && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, "\\$&");
  }

  // ---- quick filters ----

  function filtering() {
    return Boolean(filters.mine || filters.blocked || filters.label || filters.type);
  }

  function applyFilters() {
    // a filter looks at every card: bring in those the long cells do not show yet
    if (filtering() && board().querySelector(".board-more")) {
      refresh();
    }
    var total = 0;
    var matching = 0;
    board().querySelectorAll(".board-card").forEach(function (card) {
      var labels = card.dataset.labels ? card.dataset.labels.split("\n") : [];
      var show = (!filters.mine || card.dataset.assignee === data.me)
          && (!filters.blocked || card.dataset.blocked === "true")
          && (!filters.label || labels.indexOf(filters.label) >= 0)
          && (!filters.type || card.dataset.type === filters.type);
      card.hidden = !show;
      total++;
      if (show) {
        matching++;
      }
    });
    var on = filtering();
    board().querySelectorAll(".board-lane").forEach(function (lane) {
      lane.classList.toggle("filtered-out", on && !lane.querySelector(".board-card:not([hidden])"));
    });
    var partial = on && board().querySelector(".board-more");
    board().querySelectorAll(".board-more").forEach(function (more) {
      more.hidden = on;
    });
    var showing = document.getElementById("board-showing");
    if (showing) {
      showing.textContent = partial ? data.msgLoading : on ? format(data.msgShowing, matching, total) : "";
    }
  }

  function syncFilterControls() {
    app.querySelectorAll("button[data-filter]").forEach(function (button) {
      var name = button.dataset.filter;
      if (name === "mine" || name === "blocked") {
        button.setAttribute("aria-pressed", String(filters[name]));
      }
    });
    app.querySelectorAll("select[data-filter]").forEach(function (select) {
      select.value = filters[select.dataset.filter];
    });
  }

  app.addEventListener("click", function (event) {
    var more = event.target.closest(".board-more");
    if (more) {
      event.preventDefault();
      var cell = more.closest(".board-cell");
      shown[more.dataset.lane + "\n" + more.dataset.status] = Number(more.dataset.next);
      focusAfterMore = { lane: more.dataset.lane, status: more.dataset.status, index: cardsIn(cell).length };
      refresh();
      return;
    }
    var button = event.target.closest("button[data-filter]");
    if (button) {
      var name = button.dataset.filter;
      if (name === "clear") {
        filters = { mine: false, blocked: false, label: "", type: "" };
      } else {
        filters[name] = !filters[name];
      }
      syncFilterControls();
      applyFilters();
      return;
    }
    var toggle = event.target.closest(".lane-toggle");
    if (toggle) {
      var lane = toggle.closest(".board-lane");
      var closed = !lane.classList.contains("collapsed");
      lane.classList.toggle("collapsed", closed);
      toggle.setAttribute("aria-expanded", String(!closed));
      collapsed[lane.dataset.lane] = closed;
      return;
    }
    if (event.target.closest(".board-message-close")) {
      hideMessage();
    }
  });

  app.addEventListener("change", function (event) {
    var select = event.target;
    if (select.matches("select[data-filter]")) {
      filters[select.dataset.filter] = select.value;
      applyFilters();
    } else if (select.id === "board-lanes") {
      lanes = select.value;
      shown = {};
      var url = new URL(window.location.href);
      if (lanes === "none") {
        url.searchParams.delete("lanes");
      } else {
        url.searchParams.set("lanes", lanes);
      }
      window.history.replaceState(null, "", url.toString());
      document.querySelectorAll('input[name="lanes"]').forEach(function (input) {
        input.value = lanes;
      });
      refresh();
    }
  });

  app.addEventListener("submit", function (event) {
    if (event.target.classList.contains("board-toolbar")) {
      event.preventDefault();
    }
  });

  // ---- messages ----

  function showMessage(text) {
    var box = document.getElementById("board-message");
    box.querySelector(".board-message-text").textContent = text;
    box.hidden = false;
  }

  function hideMessage() {
    document.getElementById("board-message").hidden = true;
  }

  function announce(text) {
    var region = document.getElementById("board-announce");
    region.textContent = text;
  }

  // ---- reloading the board in place ----

  function scheduleRefresh() {
    if (refreshTimer) {
      return;
    }
    // changes come in bursts (a move writes status and rank); one reload covers them
    refreshTimer = window.setTimeout(function () {
      refreshTimer = null;
      refresh();
    }, 120);
  }

  function refresh() {
    // a card being dragged, saved or moved from its menu must stay the element the page holds
    if (drag || saving > 0 || refreshing || menu) {
      refreshWanted = true;
      return;
    }
    refreshWanted = false;
    refreshing = true;
    fetch(cardsUrl(), { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("board");
        if (!fresh) {
          return;
        }
        if (drag || saving > 0 || menu) {
          refreshWanted = true;
          return;
        }
        replaceBoard(document.importNode(fresh, true));
      })
      .catch(function () {
        // the next change or reconnect tries again
      })
      .then(function () {
        refreshing = false;
        if (refreshWanted) {
          refresh();
        }
      });
  }

  function cardsUrl() {
    var params = new URLSearchParams();
    if (lanes !== "none") {
      params.set("lanes", lanes);
    }
    if (filtering()) {
      params.set("all", "true");
    } else {
      Object.keys(shown).forEach(function (cell) {
        var at = cell.indexOf("\n");
        params.append("showLane", cell.substring(0, at));
        params.append("showStatus", cell.substring(at + 1));
        params.append("showCount", String(shown[cell]));
      });
    }
    var query = params.toString();
    return data.cardsUrl + (query ? "?" + query : "");
  }

  function replaceBoard(fresh) {
    var old = board();
    var scroller = old.querySelector(".board-scroll");
    var left = scroller ? scroller.scrollLeft : 0;
    var top = scroller ? scroller.scrollTop : 0;
    var pageY = window.scrollY;
    var active = document.activeElement;
    var activeCard = active && old.contains(active) ? active.closest(".board-card") : null;
    var focusKey = focusAfterRefresh || (activeCard ? activeCard.dataset.key : null);
    var focusMove = !focusAfterRefresh && active && active.classList.contains("card-move");
    focusAfterRefresh = null;

    fresh.querySelectorAll(".board-lane").forEach(function (lane) {
      if (collapsed[lane.dataset.lane]) {
        lane.classList.add("collapsed");
        var toggle = lane.querySelector(".lane-toggle");
        if (toggle) {
          toggle.setAttribute("aria-expanded", "false");
        }
      }
    });
    old.replaceWith(fresh);
    markAtRisk();
    applyFilters();
    var newScroller = fresh.querySelector(".board-scroll");
    if (newScroller) {
      newScroller.scrollLeft = left;
      newScroller.scrollTop = top;
    }
    window.scrollTo(window.scrollX, pageY);
    if (focusAfterMore) {
      // after "show more", the first card that was not shown before
      var cell = fresh.querySelector('.board-cell[data-lane="' + cssEscape(focusAfterMore.lane) + '"][data-status="'
          + cssEscape(focusAfterMore.status) + '"]');
      var revealed = cell ? cardsIn(cell)[focusAfterMore.index] : null;
      focusAfterMore = null;
      if (revealed) {
        revealed.focus({ preventScroll: true });
        return;
      }
    }
    if (focusKey) {
      var card = fresh.querySelector('.board-card[data-key="' + cssEscape(focusKey) + '"]');
      if (card) {
        var target = focusMove ? card.querySelector(".card-move") || card : card;
        target.focus({ preventScroll: true });
      }
    }
  }

  // ---- sending a move ----

  function neighbours(card) {
    var before = null;
    var after = null;
    // past the cards a long cell shows come the ones it does not: "show more" names the last shown and the next
    for (var n = card.previousElementSibling; n; n = n.previousElementSibling) {
      if (n.classList.contains("board-more")) {
        after = n.dataset.lastKey || null;
        break;
      }
      if (n.classList.contains("board-card") && !n.classList.contains("drag-source")) {
        after = n.dataset.key;
        break;
      }
    }
    for (var m = card.nextElementSibling; m; m = m.nextElementSibling) {
      if (m.classList.contains("board-more")) {
        before = m.dataset.nextKey || null;
        break;
      }
      if (m.classList.contains("board-card") && !m.classList.contains("drag-source")) {
        before = m.dataset.key;
        break;
      }
    }
    return { after: after, before: before };
  }

  /** The card already stands in its new place; origin says where to put it back if the server refuses. */
  function send(card, origin) {
    var cell = card.parentNode;
    var status = cell.dataset.status;
    var around = neighbours(card);
    var body = {
      item: card.dataset.key,
      status: status === origin.status ? null : status,
      after: around.after,
      before: around.before,
      version: Number(card.dataset.version)
    };
    var headers = { "Content-Type": "application/json", "Accept": "application/json" };
    var csrfHeader = meta("_csrf_header");
    var csrfToken = meta("_csrf");
    if (csrfHeader && csrfToken) {
      headers[csrfHeader] = csrfToken;
    }
    saving++;
    card.classList.add("is-saving");
    hideMessage();
    fetch(data.moveUrl, { method: "POST", credentials: "same-origin", headers: headers, body: JSON.stringify(body) })
      .then(function (response) {
        return response.text().then(function (text) {
          var parsed = null;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch (ignored) {
            parsed = null;
          }
          return { ok: response.ok, status: response.status, body: parsed };
        });
      })
      .then(function (result) {
        if (result.ok && result.body) {
          card.dataset.version = String(result.body.version);
          announce(format(data.msgMoved, body.item, columnLabel(result.body.status)));
        } else {
          putBack(card, origin);
          var detail = result.body && (result.body.detail || result.body.title);
          showMessage(detail || data.msgFailed);
        }
      }, function () {
        putBack(card, origin);
        showMessage(data.msgFailed);
      })
      .then(function () {
        saving--;
        card.classList.remove("is-saving");
        refreshWanted = true;
        refresh();
      });
  }

  function putBack(card, origin) {
    if (origin.next && origin.next.parentNode === origin.parent) {
      origin.parent.insertBefore(card, origin.next);
    } else {
      origin.parent.appendChild(card);
    }
    card.classList.add("snapped-back");
    window.setTimeout(function () {
      card.classList.remove("snapped-back");
    }, 900);
  }

  function originOf(card) {
    return { parent: card.parentNode, next: card.nextSibling, status: card.parentNode.dataset.status };
  }

  // ---- dragging with pointer events ----

  document.addEventListener("pointerdown", function (event) {
    if (!mayMove || event.button !== 0 || drag || !event.isPrimary) {
      return;
    }
    var card = event.target.closest(".board-card");
    if (!card || !board().contains(card) || event.target.closest("button, select, input")) {
      return;
    }
    press = { card: card, x: event.clientX, y: event.clientY, pointerId: event.pointerId };
  });

  document.addEventListener("pointermove", function (event) {
    if (press && !drag && press.pointerId === event.pointerId) {
      if (Math.abs(event.clientX - press.x) + Math.abs(event.clientY - press.y) < 6) {
        return;
      }
      startDrag(press, event);
      press = null;
    }
    if (drag && drag.pointerId === event.pointerId) {
      event.preventDefault();
      follow(event);
    }
  });

  document.addEventListener("pointerup", function (event) {
    press = null;
    if (drag && drag.pointerId === event.pointerId) {
      finishDrag(true);
    }
  });

  document.addEventListener("pointercancel", function (event) {
    press = null;
    if (drag && drag.pointerId === event.pointerId) {
      finishDrag(false);
    }
  });

  // links and text inside a card must not start the browser's own drag
  document.addEventListener("dragstart", function (event) {
    if (event.target.closest && event.target.closest(".board-card") && mayMove) {
      event.preventDefault();
    }
  });

  // the click that ends a drag over the title link must not open the item
  document.addEventListener("click", function (event) {
    if (suppressClick) {
      suppressClick = false;
      if (event.target.closest && event.target.closest(".board-card")) {
        event.preventDefault();
        event.stopPropagation();
      }
    }
  }, true);

  function startDrag(pressed, event) {
    closeMenu();
    var card = pressed.card;
    var rect = card.getBoundingClientRect();
    var ghost = card.cloneNode(true);
    ghost.classList.add("drag-ghost");
    ghost.removeAttribute("tabindex");
    ghost.setAttribute("aria-hidden", "true");
    ghost.style.width = rect.width + "px";
    ghost.style.left = rect.left + "px";
    ghost.style.top = rect.top + "px";
    document.body.appendChild(ghost);

    var placeholder = document.createElement("div");
    placeholder.className = "drop-placeholder";
    placeholder.style.height = rect.height + "px";
    var origin = originOf(card);
    card.parentNode.insertBefore(placeholder, card);
    card.classList.add("drag-source");
    document.body.classList.add("board-dragging");

    var lane = card.parentNode.dataset.lane;
    board().querySelectorAll(".board-cell").forEach(function (cell) {
      if (cell.dataset.lane === lane) {
        cell.classList.add("drop-target");
        var head = board().querySelector('.board-col-head[data-status="' + cssEscape(cell.dataset.status) + '"]');
        if (head && head.dataset.full === "true" && cell.dataset.status !== origin.status) {
          cell.classList.add("drop-full");
        }
      }
    });
    drag = {
      card: card, ghost: ghost, placeholder: placeholder, origin: origin, lane: lane, pointerId: pressed.pointerId,
      dx: pressed.x - rect.left, dy: pressed.y - rect.top
    };
    follow(event);
  }

  function follow(event) {
    drag.ghost.style.left = (event.clientX - drag.dx) + "px";
    drag.ghost.style.top = (event.clientY - drag.dy) + "px";
    autoScroll(event);
    var under = document.elementFromPoint(event.clientX, event.clientY);
    var cell = under ? under.closest(".board-cell") : null;
    if (!cell) {
      var lane = under ? under.closest(".board-lane") : null;
      if (lane && lane.dataset.lane === drag.lane) {
        cell = cellAtX(lane, event.clientX);
      }
    }
    if (!cell || cell.dataset.lane !== drag.lane) {
      return;
    }
    board().querySelectorAll(".board-cell.drop-over").forEach(function (c) {
      c.classList.remove("drop-over");
    });
    cell.classList.add("drop-over");
    var before = null;
    var cards = cardsIn(cell).filter(visible);
    for (var i = 0; i < cards.length; i++) {
      var r = cards[i].getBoundingClientRect();
      if (event.clientY < r.top + r.height / 2) {
        before = cards[i];
        break;
      }
    }
    if (before) {
      if (drag.placeholder.nextElementSibling !== before) {
        cell.insertBefore(drag.placeholder, before);
      }
    } else if (cards.length && drag.placeholder.previousElementSibling !== cards[cards.length - 1]) {
      cards[cards.length - 1].after(drag.placeholder);
    } else if (!cards.length && drag.placeholder.parentNode !== cell) {
      cell.appendChild(drag.placeholder);
    }
  }

  function cellAtX(lane, x) {
    var cells = lane.querySelectorAll(".board-cell");
    for (var i = 0; i < cells.length; i++) {
      var r = cells[i].getBoundingClientRect();
      if (x >= r.left && x <= r.right) {
        return cells[i];
      }
    }
    return null;
  }

  function autoScroll(event) {
    var scroller = board().querySelector(".board-scroll");
    if (!scroller) {
      return;
    }
    var r = scroller.getBoundingClientRect();
    var edge = 48;
    if (event.clientX > r.right - edge) {
      scroller.scrollLeft += 16;
    } else if (event.clientX < r.left + edge) {
      scroller.scrollLeft -= 16;
    }
    if (event.clientY > r.bottom - edge) {
      scroller.scrollTop += 16;
    } else if (event.clientY < r.top + edge) {
      scroller.scrollTop -= 16;
    }
  }

  function finishDrag(drop) {
    var d = drag;
    drag = null;
    d.ghost.remove();
    document.body.classList.remove("board-dragging");
    board().querySelectorAll(".drop-target, .drop-over, .drop-full").forEach(function (cell) {
      cell.classList.remove("drop-target", "drop-over", "drop-full");
    });
    d.card.classList.remove("drag-source");
    suppressClick = true;
    window.setTimeout(function () {
      suppressClick = false;
    }, 0);
    var placeholder = d.placeholder;
    var unchanged = placeholder.nextSibling === d.card || placeholder.previousSibling === d.card;
    if (!drop || unchanged || !placeholder.parentNode) {
      placeholder.remove();
      if (refreshWanted) {
        refresh();
      }
      return;
    }
    placeholder.replaceWith(d.card);
    send(d.card, d.origin);
    d.card.focus({ preventScroll: true });
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && drag) {
      finishDrag(false);
      return;
    }
    if (menu && menu.contains(event.target)) {
      menuKeys(event);
      return;
    }
    var card = event.target.classList && event.target.classList.contains("board-card") ? event.target : null;
    if (!card || !board().contains(card)) {
      return;
    }
    if (event.key === "Enter") {
      var link = card.querySelector(".card-title");
      if (link) {
        link.click();
      }
    } else if ((event.key === " " || event.key === "m") && mayMove) {
      event.preventDefault();
      var button = card.querySelector(".card-move");
      if (button) {
        openMenu(button);
      }
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      var cards = cardsIn(card.parentNode).filter(visible);
      var at = cards.indexOf(card) + (event.key === "ArrowDown" ? 1 : -1);
      if (at >= 0 && at < cards.length) {
        cards[at].focus();
      }
    }
  });

  // ---- the keyboard "move to…" menu ----

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".card-move") : null;
    if (button && board().contains(button)) {
      event.preventDefault();
      if (menu && menu.dataset.key === button.closest(".board-card").dataset.key) {
        closeMenu();
      } else {
        openMenu(button);
      }
      return;
    }
    if (menu && !menu.contains(event.target)) {
      closeMenu();
    }
  });

  function openMenu(button) {
    closeMenu();
    var card = button.closest(".board-card");
    var cell = card.parentNode;
    var cards = cardsIn(cell).filter(visible);
    var at = cards.indexOf(card);
    var items = [];
    if (at > 0) {
      items.push({ label: data.msgUp, action: "up" });
    }
    if (at >= 0 && at < cards.length - 1) {
      items.push({ label: data.msgDown, action: "down" });
    }
    board().querySelectorAll(".board-col-head").forEach(function (head) {
      if (head.dataset.status !== cell.dataset.status) {
        items.push({ label: "→ " + head.dataset.label, action: "status", status: head.dataset.status,
          full: head.dataset.full === "true" });
      }
    });
    menu = document.createElement("div");
    menu.className = "move-menu";
    menu.setAttribute("role", "menu");
    menu.setAttribute("aria-label", format(data.msgMenu, card.dataset.key));
    menu.dataset.key = card.dataset.key;
    items.forEach(function (item) {
      var entry = document.createElement("button");
      entry.type = "button";
      entry.setAttribute("role", "menuitem");
      entry.tabIndex = -1;
      entry.textContent = item.label;
      if (item.full) {
        entry.classList.add("full");
      }
      entry.addEventListener("click", function () {
        closeMenu();
        moveByKeyboard(card, item);
      });
      menu.appendChild(entry);
    });
    document.body.appendChild(menu);
    var r = button.getBoundingClientRect();
    var left = Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - menu.offsetWidth - 8);
    menu.style.left = Math.max(8, left) + "px";
    menu.style.top = (r.bottom + window.scrollY + 4) + "px";
    button.setAttribute("aria-expanded", "true");
    menu.opener = button;
    var first = menu.querySelector("button");
    if (first) {
      first.focus();
    }
  }

  function closeMenu(returnFocus) {
    if (!menu) {
      return;
    }
    var opener = menu.opener;
    menu.remove();
    menu = null;
    if (refreshWanted) {
      window.setTimeout(refresh, 0);
    }
    if (opener) {
      opener.setAttribute("aria-expanded", "false");
      if (returnFocus && document.body.contains(opener)) {
        opener.focus();
      }
    }
  }

  function menuKeys(event) {
    var entries = Array.prototype.slice.call(menu.querySelectorAll("button"));
    var at = entries.indexOf(document.activeElement);
    if (event.key === "ArrowDown") {
      event.preventDefault();
      entries[(at + 1) % entries.length].focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      entries[(at - 1 + entries.length) % entries.length].focus();
    } else if (event.key === "Home") {
      event.preventDefault();
      entries[0].focus();
    } else if (event.key === "End") {
      event.preventDefault();
      entries[entries.length - 1].focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      closeMenu(true);
    } else if (event.key === "Tab") {
      closeMenu(false);
    }
  }

  function moveByKeyboard(card, item) {
    var origin = originOf(card);
    var cell = card.parentNode;
    var cards = cardsIn(cell).filter(visible);
    var at = cards.indexOf(card);
    if (item.action === "up" && at > 0) {
      cell.insertBefore(card, cards[at - 1]);
    } else if (item.action === "down" && at < cards.length - 1) {
      cards[at + 1].after(card);
    } else if (item.action === "status") {
      var target = board().querySelector('.board-cell[data-lane="' + cssEscape(cell.dataset.lane) + '"][data-status="'
          + cssEscape(item.status) + '"]');
      if (!target) {
        return;
      }
      // a long cell's card goes after the last one it shows, where the person sees it
      var more = target.querySelector(".board-more");
      if (more) {
        target.insertBefore(card, more);
      } else {
        target.appendChild(card);
      }
    } else {
      return;
    }
    focusAfterRefresh = card.dataset.key;
    card.focus();
    send(card, origin);
  }

  // ---- live updates ----

  function live(state) {
    var indicator = document.getElementById("board-live");
    if (indicator) {
      indicator.dataset.state = state;
      indicator.textContent = state === "on" ? data.msgLive : data.msgOffline;
    }
  }

  // meetings and retrospectives share the project's stream; their changes do not touch the board
  function meetingChange(event) {
    try {
      return /^(meeting\.|retrospective-)/.test(JSON.parse(event.data).action);
    } catch (e) {
      return false;
    }
  }

  if (window.EventSource) {
    var source = new EventSource(data.eventsUrl);
    var everOpen = false;
    source.addEventListener("open", function () {
      live("on");
      // after a reconnect, changes made while away arrive only by reloading
      if (everOpen) {
        scheduleRefresh();
      }
      everOpen = true;
    });
    source.addEventListener("change", function (event) {
      if (meetingChange(event)) {
        return;
      }
      scheduleRefresh();
      loadAtRisk();
    });
    source.addEventListener("error", function () {
      live("off");
    });
    window.addEventListener("pagehide", function () {
      source.close();
    });
  }

  // The schedule knows which cards will finish late (past their late start or late finish); it lives in another
  // module, so the page asks it and marks those cards.
  function markAtRisk() {
    board().querySelectorAll(".board-card").forEach(function (card) {
      var risky = atRisk.indexOf(card.dataset.key) >= 0;
      card.dataset.atRisk = risky ? "true" : "false";
      var badge = card.querySelector(".badge.at-risk");
      if (risky && !badge) {
        badge = document.createElement("span");
        badge.className = "badge at-risk";
        badge.textContent = data.msgAtRisk;
        var top = card.querySelector(".card-top");
        var menuButton = top ? top.querySelector(".card-move") : null;
        if (top) {
          top.insertBefore(badge, menuButton);
        }
      } else if (!risky && badge) {
        badge.remove();
      }
    });
  }

  function loadAtRisk() {
    if (!data.atRiskUrl) {
      return;
    }
    fetch(data.atRiskUrl, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (keys) {
        atRisk = keys;
        markAtRisk();
      })
      .catch(function () { });
  }

  syncFilterControls();
  applyFilters();
  loadAtRisk();
})();
