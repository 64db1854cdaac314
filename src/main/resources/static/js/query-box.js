// The item query box: proposals from the server for the caret position (fields, operators, values), chosen with
// the arrow keys and Enter or Tab, or the mouse; Enter alone runs the query. Choosing a saved filter opens it.
(function () {
  "use strict";

  var box = document.querySelector("textarea[data-query-suggest]");
  var list = document.getElementById("query-suggestions");
  var pending = null;
  var timer = null;
  var chosen = -1;

  function close() {
    list.hidden = true;
    list.replaceChildren();
    chosen = -1;
    box.setAttribute("aria-expanded", "false");
  }

  function show(suggestions) {
    list.replaceChildren();
    chosen = -1;
    suggestions.forEach(function (s, i) {
      var li = document.createElement("li");
      li.setAttribute("role", "option");
      li.id = "query-suggestion-" + i;
      li.dataset.text = s.text;
      li.dataset.from = s.from;
      li.dataset.to = s.to;
      var text = document.createElement("span");
      text.textContent = s.text;
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = list.dataset["kind" + s.kind.charAt(0).toUpperCase() + s.kind.slice(1)] || s.kind;
      li.append(text, kind);
      list.append(li);
    });
    list.hidden = suggestions.length === 0;
    box.setAttribute("aria-expanded", String(suggestions.length > 0));
  }

  function ask() {
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    var url = box.dataset.querySuggest + "?q=" + encodeURIComponent(box.value) + "&caret=" + box.selectionStart;
    fetch(url, { signal: pending.signal, credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(show)
      .catch(function () { /* a newer request replaced this one */ });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  }

  function mark(index) {
    var options = list.querySelectorAll("li");
    if (options.length === 0) {
      return;
    }
    chosen = (index + options.length) % options.length;
    options.forEach(function (o, i) { o.setAttribute("aria-selected", String(i === chosen)); });
    box.setAttribute("aria-activedescendant", options[chosen].id);
    options[chosen].scrollIntoView({ block: "nearest" });
  }

  function accept(li) {
    var from = Number(li.dataset.from);
    var to = Number(li.dataset.to);
    var text = li.dataset.text + " ";
    box.value = box.value.slice(0, from) + text + box.value.slice(to);
    box.focus();
    box.setSelectionRange(from + text.length, from + text.length);
    close();
    later();
  }

  if (box && list) {
    box.setAttribute("role", "combobox");
    box.setAttribute("aria-expanded", "false");
    box.addEventListener("input", later);
    box.addEventListener("click", later);
    box.addEventListener("blur", function () { setTimeout(close, 150); });
    box.addEventListener("keydown", function (event) {
      var open = !list.hidden;
      if (open && event.key === "ArrowDown") {
        event.preventDefault();
        mark(chosen + 1);
      } else if (open && event.key === "ArrowUp") {
        event.preventDefault();
        mark(chosen - 1);
      } else if (open && chosen >= 0 && (event.key === "Enter" || event.key === "Tab")) {
        event.preventDefault();
        accept(list.querySelectorAll("li")[chosen]);
      } else if (event.key === "Escape") {
        close();
      } else if (event.key === "Enter" && !event.shiftKey) {
        event.preventDefault();
        close();
        box.form.requestSubmit();
      }
    });
    list.addEventListener("mousedown", function (event) {
      var li = event.target.closest("li");
      if (li) {
        event.preventDefault();
        accept(li);
      }
    });
  }

  var filter = document.querySelector("select[data-query-filter]");
  if (filter) {
    filter.addEventListener("change", function () {
      if (filter.value) {
        window.location.href = filter.form.action + "?filter=" + encodeURIComponent(filter.value);
      }
    });
  }
})();
