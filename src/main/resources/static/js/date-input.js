// Date fields: text inputs that show and take ISO dates (2026-11-30) in every language, where the browser's own date
// input would show its locale's order (11/30/2026). Each gets a calendar button that opens a month grid with the month
// and day names of the page's language; typed text is checked as a real date within the field's min and max.
// Without the script the field is a text input whose pattern asks for the same form.
(function () {
  "use strict";

  var ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
  var lang = document.documentElement.lang || "en";
  var texts = document.body.dataset;
  var popup = null;

  function parse(text) {
    var match = ISO.exec(text || "");
    if (!match) {
      return null;
    }
    var day = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
    return iso(day) === text ? day : null;
  }

  function iso(day) {
    return day.toISOString().slice(0, 10);
  }

  function today() {
    var now = new Date();
    return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  }

  function addDays(day, days) {
    return new Date(day.getTime() + days * 86400000);
  }

  function addMonths(day, months) {
    var first = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months, 1));
    var last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
    first.setUTCDate(Math.min(day.getUTCDate(), last));
    return first;
  }

  function format(template, value) {
    return (template || "").replace("{0}", value);
  }

  // The first day of the week in the page's language (Monday where the browser cannot say).
  var weekStart = (function () {
    try {
      var locale = new Intl.Locale(lang);
      var info = locale.getWeekInfo ? locale.getWeekInfo() : locale.weekInfo;
      return info && info.firstDay ? info.firstDay % 7 : 1;
    } catch (ignored) {
      return 1;
    }
  })();

  var monthName = new Intl.DateTimeFormat(lang, { year: "numeric", month: "long", timeZone: "UTC" });
  var dayName = new Intl.DateTimeFormat(lang, { weekday: "short", timeZone: "UTC" });
  var fullName = new Intl.DateTimeFormat(lang, { dateStyle: "full", timeZone: "UTC" });

  function outOfRange(input, day) {
    var min = parse(input.getAttribute("min"));
    var max = parse(input.getAttribute("max"));
    return (min && day < min) || (max && day > max);
  }

  // A typed date must be a real day in the field's range; the message says what is expected.
  function check(input) {
    var value = input.value.trim();
    var day = parse(value);
    var message = "";
    if (value && !day) {
      message = texts.dateInvalid;
    } else if (day && input.getAttribute("min") && day < parse(input.getAttribute("min"))) {
      message = format(texts.dateNotBefore, input.getAttribute("min"));
    } else if (day && input.getAttribute("max") && day > parse(input.getAttribute("max"))) {
      message = format(texts.dateNotAfter, input.getAttribute("max"));
    }
    input.setCustomValidity(message);
  }

  function enhance(root) {
    var inputs = root.querySelectorAll ? root.querySelectorAll("input[data-date]") : [];
    Array.prototype.forEach.call(inputs, function (input) {
      if (input.dataset.dateReady) {
        return;
      }
      input.dataset.dateReady = "true";
      input.setAttribute("autocomplete", "off");
      input.setAttribute("maxlength", "10");
      var focused = document.activeElement === input;
      var wrap = document.createElement("span");
      wrap.className = "date-field";
      input.parentNode.insertBefore(wrap, input);
      wrap.appendChild(input);
      if (focused) {
        // moving the field takes the focus a dialog may just have given it
        input.focus();
      }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "date-button";
      button.setAttribute("aria-label", texts.dateChoose);
      button.title = texts.dateChoose;
      button.setAttribute("aria-haspopup", "dialog");
      button.setAttribute("aria-expanded", "false");
      button.disabled = input.disabled;
      wrap.appendChild(button);
      check(input);
    });
  }

  function close(focusInput) {
    if (!popup) {
      return;
    }
    var input = popup.input;
    popup.button.setAttribute("aria-expanded", "false");
    popup.element.remove();
    popup = null;
    if (focusInput) {
      input.focus();
    }
  }

  function pick(day) {
    var input = popup.input;
    input.value = iso(day);
    check(input);
    close(true);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }

  // The popup redraws itself, so its buttons keep the click from the page's handler, which would find them gone.
  function button(name, label, text, onClick) {
    var element = document.createElement("button");
    element.type = "button";
    element.className = name;
    element.setAttribute("aria-label", label);
    element.title = label;
    element.textContent = text;
    element.addEventListener("click", function (event) {
      event.stopPropagation();
      onClick();
    });
    return element;
  }

  function turn(months, name) {
    popup.focus = addMonths(popup.focus, months);
    draw(false);
    popup.element.querySelector("." + name).focus();
  }

  // Draws the month around popup.focus and puts the keyboard focus on that day.
  function draw(moveFocus) {
    var element = popup.element;
    var focus = popup.focus;
    element.textContent = "";
    var head = document.createElement("div");
    head.className = "date-popup-head";
    var title = document.createElement("span");
    title.className = "date-popup-month";
    title.setAttribute("aria-live", "polite");
    title.textContent = monthName.format(focus);
    head.appendChild(button("date-previous", texts.datePrevious, "‹", function () { turn(-1, "date-previous"); }));
    head.appendChild(title);
    head.appendChild(button("date-next", texts.dateNext, "›", function () { turn(1, "date-next"); }));
    element.appendChild(head);

    var grid = document.createElement("table");
    grid.className = "date-grid";
    grid.setAttribute("role", "grid");
    grid.setAttribute("aria-label", title.textContent);
    var names = document.createElement("tr");
    var first = new Date(Date.UTC(focus.getUTCFullYear(), focus.getUTCMonth(), 1));
    var start = addDays(first, -((first.getUTCDay() - weekStart + 7) % 7));
    for (var d = 0; d < 7; d++) {
      var name = document.createElement("th");
      name.scope = "col";
      name.textContent = dayName.format(addDays(start, d));
      names.appendChild(name);
    }
    var thead = document.createElement("thead");
    thead.appendChild(names);
    grid.appendChild(thead);
    var body = document.createElement("tbody");
    var chosen = popup.input.value.trim();
    var now = iso(today());
    var day = start;
    for (var week = 0; week < 6; week++) {
      var row = document.createElement("tr");
      for (var i = 0; i < 7; i++) {
        var cell = document.createElement("td");
        var dayButton = document.createElement("button");
        dayButton.type = "button";
        dayButton.className = "date-day";
        dayButton.dataset.day = iso(day);
        dayButton.textContent = String(day.getUTCDate());
        dayButton.setAttribute("aria-label", fullName.format(day));
        dayButton.tabIndex = iso(day) === iso(focus) ? 0 : -1;
        dayButton.classList.toggle("other-month", day.getUTCMonth() !== focus.getUTCMonth());
        dayButton.classList.toggle("today", iso(day) === now);
        if (iso(day) === chosen) {
          dayButton.setAttribute("aria-pressed", "true");
        }
        dayButton.disabled = !!outOfRange(popup.input, day);
        cell.appendChild(dayButton);
        row.appendChild(cell);
        day = addDays(day, 1);
      }
      body.appendChild(row);
    }
    grid.appendChild(body);
    element.appendChild(grid);

    var foot = document.createElement("div");
    foot.className = "date-popup-foot";
    foot.appendChild(button("date-today", texts.dateToday, texts.dateToday, function () {
      if (!outOfRange(popup.input, today())) {
        pick(today());
      }
    }));
    element.appendChild(foot);
    if (moveFocus) {
      var target = element.querySelector('.date-day[tabindex="0"]');
      if (target) {
        target.focus();
      }
    }
  }

  function place() {
    var box = popup.input.getBoundingClientRect();
    var element = popup.element;
    var width = element.offsetWidth;
    var left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
    element.style.left = left + window.scrollX + "px";
    element.style.top = box.bottom + window.scrollY + 4 + "px";
  }

  function open(input, dateButton) {
    close(false);
    var element = document.createElement("div");
    element.className = "date-popup";
    element.setAttribute("role", "dialog");
    element.setAttribute("aria-label", texts.dateChoose);
    popup = { element: element, input: input, button: dateButton,
      focus: parse(input.value.trim()) || (parse(input.getAttribute("max")) && today() > parse(input.getAttribute("max"))
        ? parse(input.getAttribute("max")) : today()) };
    dateButton.setAttribute("aria-expanded", "true");
    document.body.appendChild(element);
    draw(true);
    place();
  }

  document.addEventListener("click", function (event) {
    var dateButton = event.target.closest && event.target.closest(".date-button");
    if (dateButton) {
      var input = dateButton.parentNode.querySelector("input[data-date]");
      if (popup && popup.input === input) {
        close(true);
      } else {
        open(input, dateButton);
      }
      return;
    }
    var day = event.target.closest && event.target.closest(".date-day");
    if (day && popup && popup.element.contains(day)) {
      pick(parse(day.dataset.day));
      return;
    }
    if (popup && !popup.element.contains(event.target)) {
      close(false);
    }
  });

  document.addEventListener("keydown", function (event) {
    if (!popup) {
      if (event.key === "ArrowDown" && event.altKey && event.target.matches && event.target.matches("input[data-date]")) {
        event.preventDefault();
        open(event.target, event.target.parentNode.querySelector(".date-button"));
      }
      return;
    }
    if (event.key === "Escape") {
      event.preventDefault();
      close(true);
      return;
    }
    if (!event.target.classList || !event.target.classList.contains("date-day")) {
      return;
    }
    var moves = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
    var focus = parse(event.target.dataset.day);
    if (moves[event.key]) {
      popup.focus = addDays(focus, moves[event.key]);
    } else if (event.key === "PageUp" || event.key === "PageDown") {
      popup.focus = addMonths(focus, event.key === "PageUp" ? -1 : 1);
    } else {
      return;
    }
    event.preventDefault();
    draw(true);
  });

  // A dialog trapping focus is overkill here: leaving the popup with Tab closes it.
  document.addEventListener("focusin", function (event) {
    if (popup && !popup.element.contains(event.target) && event.target !== popup.button) {
      close(false);
    }
  });

  document.addEventListener("input", function (event) {
    if (event.target.matches && event.target.matches("input[data-date]")) {
      check(event.target);
    }
  });

  window.addEventListener("resize", function () { close(false); });

  enhance(document);
  // forms that htmx brings in later (the board's time dialog, inline forms)
  document.addEventListener("htmx:load", function (event) { enhance(event.target); });
})();
