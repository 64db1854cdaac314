// The Gantt chart of the project track: an SVG drawn from /projects/{key}/gantt/data. Only the rows in view are
// drawn (positions come from the row index), so thousands of items scroll smoothly. Bars are moved by dragging or
// with the arrow keys; the server reschedules and answers the new plan, or refuses and the bar snaps back.
(function () {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";
  var ROW = 30;
  var HEAD = 46;
  var NAME_W = 300;
  var DATE_W = 88;
  var LIST_W = NAME_W + 2 * DATE_W;
  var INDENT = 16;
  var OVERSCAN = 8;
  var DAY_MS = 86400000;
  var PX_PER_DAY = { day: 30, week: 9, month: 3, quarter: 1.1 };
  var KEY_MOVE_DELAY = 600;

  var root = document.getElementById("gantt");
  if (!root) {
    return;
  }
  var scroller = document.getElementById("gantt-scroll");
  var corner = document.getElementById("gantt-corner");
  var scale = document.getElementById("gantt-scale");
  var list = document.getElementById("gantt-list");
  var chart = document.getElementById("gantt-chart");
  var message = document.getElementById("gantt-message");
  var baselineSelect = document.getElementById("gantt-baseline");
  var lang = document.documentElement.lang || "en";
  var editable = root.getAttribute("data-editable") === "true";

  var state = {
    data: null,
    rows: [],
    byKey: {},
    children: {},
    visible: [],
    position: {},
    linksByKey: {},
    collapsed: {},
    zoom: "week",
    ppd: PX_PER_DAY.week,
    origin: 0,
    days: 0,
    baseline: null,
    drag: null,
    pending: null,
    saving: false,
    reloadWanted: false,
    focusKey: null,
    frame: 0
  };

  // messages come from the template, in the page's language

  function msg(name) {
    var text = root.getAttribute("data-m-" + name) || name;
    for (var i = 1; i < arguments.length; i++) {
      text = text.split("{" + (i - 1) + "}").join(String(arguments[i]));
    }
    return text;
  }

  // dates as UTC epoch days

  function day(iso) {
    if (!iso) {
      return null;
    }
    var p = iso.split("-");
    return Math.round(Date.UTC(+p[0], +p[1] - 1, +p[2]) / DAY_MS);
  }

  function iso(epochDay) {
    return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
  }

  function utc(epochDay) {
    return new Date(epochDay * DAY_MS);
  }

  var monthLong = new Intl.DateTimeFormat(lang, { year: "numeric", month: "long", timeZone: "UTC" });
  var monthShort = new Intl.DateTimeFormat(lang, { month: "short", timeZone: "UTC" });
  var yearOnly = new Intl.DateTimeFormat(lang, { year: "numeric", timeZone: "UTC" });

  function isoWeek(epochDay) {
    var d = utc(epochDay);
    var weekday = (d.getUTCDay() + 6) % 7;
    var thursday = epochDay - weekday + 3;
    var firstThursday = day(utc(thursday).getUTCFullYear() + "-01-04");
    firstThursday = firstThursday - ((utc(firstThursday).getUTCDay() + 6) % 7) + 3;
    return 1 + Math.round((thursday - firstThursday) / 7);
  }

  function startOfUnit(epochDay, unit) {
    var d = utc(epochDay);
    if (unit === "week") {
      return epochDay - (d.getUTCDay() + 6) % 7;
    }
    if (unit === "month") {
      return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS);
    }
    if (unit === "quarter") {
      return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - d.getUTCMonth() % 3, 1) / DAY_MS);
    }
    if (unit === "year") {
      return Math.round(Date.UTC(d.getUTCFullYear(), 0, 1) / DAY_MS);
    }
    return epochDay;
  }

  function nextUnit(epochDay, unit) {
    var d = utc(epochDay);
    if (unit === "week") {
      return epochDay + 7;
    }
    if (unit === "month") {
      return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS);
    }
    if (unit === "quarter") {
      return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 3, 1) / DAY_MS);
    }
    if (unit === "year") {
      return Math.round(Date.UTC(d.getUTCFullYear() + 1, 0, 1) / DAY_MS);
    }
    return epochDay + 1;
  }

  var TIERS = {
    day: { top: "month", bottom: "day" },
    week: { top: "month", bottom: "week" },
    month: { top: "year", bottom: "month" },
    quarter: { top: "year", bottom: "quarter" }
  };

  function unitLabel(epochDay, unit) {
    var d = utc(epochDay);
    switch (unit) {
      case "year": return yearOnly.format(d);
      case "quarter": return msg("quarter", Math.floor(d.getUTCMonth() / 3) + 1);
      case "month": return state.zoom === "month" ? monthShort.format(d) : monthLong.format(d);
      case "week": return String(d.getUTCDate());
      default: return String(d.getUTCDate());
    }
  }

  // the calendar

  var calendar = { weekdays: {}, holidays: {}, working: {} };

  function isWorkingDay(epochDay) {
    if (calendar.working[epochDay]) {
      return true;
    }
    if (calendar.holidays[epochDay]) {
      return false;
    }
    var isoDay = (utc(epochDay).getUTCDay() + 6) % 7 + 1;
    return !!calendar.weekdays[isoDay];
  }

  // svg helpers

  function el(name, attributes, parent) {
    var node = document.createElementNS(SVG, name);
    for (var a in attributes) {
      if (Object.prototype.hasOwnProperty.call(attributes, a) && attributes[a] !== null && attributes[a] !== undefined) {
        node.setAttribute(a, attributes[a]);
      }
    }
    if (parent) {
      parent.appendChild(node);
    }
    return node;
  }

  function text(content, attributes, parent) {
    var node = el("text", attributes, parent);
    node.textContent = content;
    return node;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function x(epochDay) {
    return Math.round((epochDay - state.origin) * state.ppd * 10) / 10;
  }

  // data

  function setData(data) {
    state.data = data;
    state.rows = data.items.map(function (item, index) {
      return {
        item: item,
        index: index,
        start: day(item.start),
        finish: day(item.finish),
        baselineStart: day(item.baselineStart),
        baselineFinish: day(item.baselineFinish),
        ghostStart: day(item.ghostStart),
        ghostFinish: day(item.ghostFinish)
      };
    });
    state.byKey = {};
    state.children = {};
    state.rows.forEach(function (row) {
      state.byKey[row.item.key] = row;
    });
    state.rows.forEach(function (row) {
      var parent = row.item.parent;
      if (parent && state.byKey[parent]) {
        (state.children[parent] = state.children[parent] || []).push(row);
      }
    });
    state.linksByKey = {};
    data.links.forEach(function (link) {
      if (state.byKey[link.from] && state.byKey[link.to]) {
        (state.linksByKey[link.from] = state.linksByKey[link.from] || []).push(link);
        (state.linksByKey[link.to] = state.linksByKey[link.to] || []).push(link);
      }
    });
    calendar = { weekdays: {}, holidays: {}, working: {} };
    data.calendar.workingWeekdays.forEach(function (d) { calendar.weekdays[d] = true; });
    data.calendar.holidays.forEach(function (d) { calendar.holidays[day(d)] = true; });
    data.calendar.workingDays.forEach(function (d) { calendar.working[day(d)] = true; });
    fillBaselines(data);
    fillSummary(data);
    fillConflicts(data);
    var empty = data.items.length === 0;
    document.getElementById("gantt-empty").hidden = !empty;
    scroller.hidden = empty;
    layout();
  }

  function fillSummary(data) {
    var summary = document.getElementById("gantt-summary");
    summary.textContent = data.items.length === 0 ? msg("empty-summary")
      : msg("summary", data.finish, data.items.length, data.criticalPath.length);
  }

  function fillBaselines(data) {
    var chosen = data.baseline === null || data.baseline === undefined ? "" : String(data.baseline);
    while (baselineSelect.options.length > 1) {
      baselineSelect.remove(1);
    }
    data.baselines.forEach(function (b) {
      var option = document.createElement("option");
      option.value = String(b.id);
      option.textContent = msg("baseline-option", b.name, (b.capturedAt || "").slice(0, 10));
      baselineSelect.appendChild(option);
    });
    baselineSelect.value = chosen;
    baselineSelect.disabled = data.baselines.length === 0;
  }

  function fillConflicts(data) {
    var listNode = document.getElementById("gantt-conflict-list");
    listNode.textContent = "";
    document.getElementById("gantt-conflicts-none").hidden = data.conflicts.length > 0;
    data.conflicts.forEach(function (c) {
      var li = document.createElement("li");
      li.appendChild(keyLink(c.item));
      var row = state.byKey[c.item];
      if (row) {
        li.appendChild(document.createTextNode(" " + row.item.title + " — "));
      }
      li.appendChild(document.createTextNode(msg("conflict", c.dueDate, c.scheduledFinish, c.daysLate)));
      var chain = document.createElement("div");
      chain.className = "muted chain";
      chain.appendChild(document.createTextNode(msg("chain") + " "));
      c.drivingChain.forEach(function (key, i) {
        if (i > 0) {
          chain.appendChild(document.createTextNode(" → "));
        }
        chain.appendChild(keyLink(key));
      });
      li.appendChild(chain);
      listNode.appendChild(li);
    });
  }

  function keyLink(key) {
    var a = document.createElement("a");
    a.href = root.getAttribute("data-item-url").replace(":item", encodeURIComponent(key));
    a.className = "key";
    a.textContent = key;
    a.setAttribute("data-reveal", key);
    return a;
  }

  // which rows show, and where

  function computeVisible() {
    var visible = [];
    var hiddenBelowDepth = Infinity;
    state.rows.forEach(function (row) {
      if (row.item.depth > hiddenBelowDepth) {
        return;
      }
      hiddenBelowDepth = Infinity;
      visible.push(row);
      if (row.item.summary && state.collapsed[row.item.key]) {
        hiddenBelowDepth = row.item.depth;
      }
    });
    state.visible = visible;
    state.position = {};
    visible.forEach(function (row, i) {
      state.position[row.item.key] = i;
    });
  }

  function range() {
    var data = state.data;
    var first = day(data.start);
    var last = day(data.finish) || first;
    var today = day(data.today);
    state.rows.forEach(function (row) {
      [row.start, row.baselineStart, row.ghostStart].forEach(function (d) {
        if (d !== null && d < first) { first = d; }
      });
      [row.finish, row.baselineFinish, row.ghostFinish].forEach(function (d) {
        if (d !== null && d > last) { last = d; }
      });
    });
    if (today >= first - 60 && today <= last + 60) {
      first = Math.min(first, today);
      last = Math.max(last, today);
    }
    var unit = TIERS[state.zoom].bottom;
    var pad = { day: 7, week: 14, month: 45, quarter: 90 }[state.zoom];
    state.origin = startOfUnit(first - pad, unit);
    var end = nextUnit(startOfUnit(last + pad, unit), unit);
    var minDays = Math.ceil((scroller.clientWidth - LIST_W) / state.ppd);
    state.days = Math.max(end - state.origin, minDays);
  }

  function layout() {
    if (!state.data) {
      return;
    }
    state.ppd = PX_PER_DAY[state.zoom];
    computeVisible();
    range();
    var width = Math.ceil(state.days * state.ppd);
    var height = Math.max(state.visible.length * ROW, ROW);
    corner.setAttribute("width", LIST_W);
    corner.setAttribute("height", HEAD);
    scale.setAttribute("width", width);
    scale.setAttribute("height", HEAD);
    list.setAttribute("width", LIST_W);
    list.setAttribute("height", height);
    chart.setAttribute("width", width);
    chart.setAttribute("height", height);
    drawCorner();
    render();
  }

  function requestRender() {
    if (!state.frame) {
      state.frame = window.requestAnimationFrame(function () {
        state.frame = 0;
        render();
      });
    }
  }

  function drawCorner() {
    clear(corner);
    el("rect", { "class": "head-bg", x: 0, y: 0, width: LIST_W, height: HEAD }, corner);
    text(msg("name"), { "class": "head-label", x: 12, y: HEAD - 12 }, corner);
    text(msg("start"), { "class": "head-label", x: NAME_W + 8, y: HEAD - 12 }, corner);
    text(msg("finish"), { "class": "head-label", x: NAME_W + DATE_W + 8, y: HEAD - 12 }, corner);
    el("line", { "class": "head-rule", x1: 0, y1: HEAD - 0.5, x2: LIST_W, y2: HEAD - 0.5 }, corner);
    el("line", { "class": "pane-rule", x1: LIST_W - 0.5, y1: 0, x2: LIST_W - 0.5, y2: HEAD }, corner);
  }

  // drawing: only what is in view

  function render() {
    if (!state.data) {
      return;
    }
    var hadFocus = chart.contains(document.activeElement) || list.contains(document.activeElement);
    var top = scroller.scrollTop;
    var viewHeight = scroller.clientHeight - HEAD;
    var first = Math.max(0, Math.floor(top / ROW) - OVERSCAN);
    var last = Math.min(state.visible.length, Math.ceil((top + viewHeight) / ROW) + OVERSCAN);
    var left = scroller.scrollLeft;
    var fromDay = state.origin + Math.floor(left / state.ppd) - 2;
    var toDay = state.origin + Math.ceil((left + scroller.clientWidth - LIST_W) / state.ppd) + 2;
    drawScale(fromDay, toDay);
    drawList(first, last);
    drawChart(first, last, fromDay, toDay);
    if (hadFocus && state.focusKey) {
      var bar = chart.querySelector('g.task[data-key="' + state.focusKey + '"]');
      if (bar && document.activeElement !== bar) {
        bar.focus({ preventScroll: true });
      }
    }
  }

  function drawScale(fromDay, toDay) {
    clear(scale);
    var width = scale.getAttribute("width");
    el("rect", { "class": "head-bg", x: 0, y: 0, width: width, height: HEAD }, scale);
    var tiers = TIERS[state.zoom];
    [[tiers.top, 0], [tiers.bottom, HEAD / 2]].forEach(function (tier) {
      var unit = tier[0];
      var y = tier[1];
      for (var d = startOfUnit(fromDay, unit); d < toDay; d = nextUnit(d, unit)) {
        var next = nextUnit(d, unit);
        var x1 = x(d);
        var x2 = x(next);
        if (unit === "day" && !isWorkingDay(d)) {
          el("rect", { "class": "head-nonworking", x: x1, y: y, width: x2 - x1, height: HEAD / 2 }, scale);
        }
        el("line", { "class": "head-tick", x1: x1 + 0.5, y1: y, x2: x1 + 0.5, y2: y + HEAD / 2 }, scale);
        var label = unitLabel(d, unit);
        var visibleLeft = Math.max(x1, (fromDay + 2 - state.origin) * state.ppd);
        var centred = unit === "day" || unit === "week" || unit === "quarter" || unit === "month" && tier[1] > 0;
        if (centred) {
          text(label, { "class": "head-text", x: (x1 + x2) / 2, y: y + 16, "text-anchor": "middle" }, scale);
        } else {
          // the period's name stays at the left edge while the period is in view, then slides away with it
          text(label, { "class": "head-text strong", x: Math.min(visibleLeft, x2 - labelWidth(label) - 12) + 6,
            y: y + 16 }, scale);
        }
      }
    });
    el("line", { "class": "head-rule", x1: 0, y1: HEAD / 2 + 0.5, x2: width, y2: HEAD / 2 + 0.5 }, scale);
    el("line", { "class": "head-rule", x1: 0, y1: HEAD - 0.5, x2: width, y2: HEAD - 0.5 }, scale);
  }

  function labelWidth(label) {
    var width = 0;
    for (var i = 0; i < label.length; i++) {
      width += label.charCodeAt(i) > 0x2e80 ? 12 : 7;
    }
    return width;
  }

  function drawList(first, last) {
    clear(list);
    var height = list.getAttribute("height");
    el("clipPath", { id: "gantt-name-clip" }, list).appendChild(el("rect", { x: 0, y: 0, width: NAME_W - 6, height: height }));
    for (var i = first; i < last; i++) {
      var row = state.visible[i];
      var item = row.item;
      var y = i * ROW;
      var g = el("g", { "class": "list-row" + (item.summary ? " summary-row" : "") + (item.critical ? " critical" : "")
          + (state.focusKey === item.key ? " selected" : ""), "data-key": item.key }, list);
      el("rect", { "class": "row-bg" + (i % 2 ? " odd" : ""), x: 0, y: y, width: LIST_W, height: ROW }, g);
      var indent = 10 + item.depth * INDENT;
      if (item.summary) {
        var expanded = !state.collapsed[item.key];
        var toggle = el("g", { "class": "toggle", role: "button", tabindex: "0", "data-toggle": item.key,
          "aria-expanded": String(expanded), "aria-label": msg(expanded ? "collapse" : "expand", item.key) }, g);
        el("rect", { "class": "toggle-hit", x: indent - 4, y: y + 7, width: 16, height: 16, rx: 3 }, toggle);
        el("path", { "class": "toggle-icon", d: expanded
            ? "M" + (indent) + " " + (y + 12) + "l4 5l4 -5z"
            : "M" + (indent + 2) + " " + (y + 10) + "l5 4.5l-5 4.5z" }, toggle);
      }
      var names = el("g", { "clip-path": "url(#gantt-name-clip)" }, g);
      var link = el("a", { href: itemUrl(item.key), tabindex: "-1" }, names);
      var label = text("", { "class": "row-name", x: indent + 16, y: y + 19 }, link);
      el("tspan", { "class": "row-key" }, label).textContent = item.key;
      el("tspan", { dx: 6 }, label).textContent = item.title;
      el("title", {}, link).textContent = item.key + " " + item.title;
      if (item.blocked) {
        el("circle", { "class": "blocked-mark", cx: NAME_W - 14, cy: y + 15, r: 4 }, g);
      }
      text(item.start || "", { "class": "row-date", x: NAME_W + 8, y: y + 19 }, g);
      text(item.finish || "", { "class": "row-date", x: NAME_W + DATE_W + 8, y: y + 19 }, g);
    }
    el("line", { "class": "pane-rule", x1: LIST_W - 0.5, y1: 0, x2: LIST_W - 0.5, y2: height }, list);
  }

  function drawChart(first, last, fromDay, toDay) {
    clear(chart);
    var height = +chart.getAttribute("height");
    var defs = el("defs", {}, chart);
    ["arrow", "arrow-critical"].forEach(function (id) {
      var marker = el("marker", { id: "gantt-" + id, viewBox: "0 0 8 8", refX: 7, refY: 4, markerWidth: 7,
        markerHeight: 7, orient: "auto-start-reverse" }, defs);
      el("path", { "class": id, d: "M0 0L8 4L0 8z" }, marker);
    });
    var rowsLayer = el("g", {}, chart);
    var grid = el("g", { "class": "grid" }, chart);
    var todayLayer = el("g", {}, chart);
    var linksLayer = el("g", { "class": "links" }, chart);
    var barsLayer = el("g", { "class": "bars" }, chart);

    if (state.zoom === "day" || state.zoom === "week") {
      for (var d = fromDay; d < toDay; d++) {
        if (!isWorkingDay(d)) {
          el("rect", { "class": "nonworking", x: x(d), y: 0, width: state.ppd, height: height }, grid);
        }
      }
    }
    var unit = TIERS[state.zoom].bottom;
    for (var u = startOfUnit(fromDay, unit); u < toDay; u = nextUnit(u, unit)) {
      el("line", { "class": "grid-line", x1: x(u) + 0.5, y1: 0, x2: x(u) + 0.5, y2: height }, grid);
    }
    for (var r = first; r < last; r++) {
      if (r % 2) {
        el("rect", { "class": "row-bg odd", x: 0, y: r * ROW, width: chart.getAttribute("width"), height: ROW }, rowsLayer);
      }
    }
    var today = day(state.data.today);
    el("line", { "class": "today", x1: x(today + 0.5), y1: 0, x2: x(today + 0.5), y2: height }, todayLayer);

    var drawn = {};
    for (var i = first; i < last; i++) {
      var row = state.visible[i];
      drawBar(row, i, barsLayer);
      (state.linksByKey[row.item.key] || []).forEach(function (link) {
        var id = link.from + ">" + link.to;
        if (!drawn[id]) {
          drawn[id] = true;
          drawLink(link, linksLayer);
        }
      });
    }
  }

  // where a row's bar is, with a drag or a keyboard move applied while it is pending

  function span(row) {
    var start = row.start;
    var finish = row.finish;
    var move = state.drag && state.drag.key === row.item.key ? state.drag
      : state.pending && state.pending.key === row.item.key ? state.pending : null;
    if (move) {
      if (move.mode === "resize") {
        finish = Math.max(start, finish + move.days);
      } else {
        start += move.days;
        finish += move.days;
      }
    }
    return { start: start, finish: finish, moving: !!move };
  }

  function anchor(row, end) {
    var s = span(row);
    var i = state.position[row.item.key];
    var y = i * ROW + ROW / 2;
    if (row.item.milestone) {
      var mx = x(s.finish + 1);
      return { x: end === "start" ? mx - 7 : mx + 7, y: y, milestone: true, mx: mx };
    }
    return { x: end === "start" ? x(s.start) : x(s.finish + 1), y: y };
  }

  function drawLink(link, layer) {
    var from = state.byKey[link.from];
    var to = state.byKey[link.to];
    if (state.position[link.from] === undefined || state.position[link.to] === undefined) {
      return;
    }
    var fromEnd = link.type === "SS" || link.type === "SF" ? "start" : "finish";
    var toEnd = link.type === "FS" || link.type === "SS" ? "start" : "finish";
    var a = anchor(from, fromEnd);
    var b = anchor(to, toEnd);
    var out = fromEnd === "finish" ? 1 : -1;
    var into = toEnd === "start" ? 1 : -1;
    var stub = 8;
    var x1 = a.x + out * stub;
    var path;
    if (b.milestone) {
      var down = b.y > a.y ? -1 : 1;
      path = "M" + a.x + " " + a.y + "H" + (out > 0 ? Math.max(x1, b.mx) : Math.min(x1, b.mx)) +
        (Math.abs(b.y - a.y) < 1 ? "" : "V" + (b.y + down * 8)) + (out > 0 && x1 > b.mx ? "H" + b.mx : "");
    } else {
      var x2 = b.x - into * stub;
      if (into > 0 ? x1 <= x2 : x1 >= x2) {
        path = "M" + a.x + " " + a.y + "H" + x1 + "V" + b.y + "H" + b.x;
      } else {
        var mid = a.y + (b.y > a.y ? ROW / 2 : -ROW / 2);
        path = "M" + a.x + " " + a.y + "H" + x1 + "V" + mid + "H" + x2 + "V" + b.y + "H" + b.x;
      }
    }
    var critical = from.item.critical && to.item.critical;
    // links that touch a summary item are kept but not scheduled yet (docs/adr/0006)
    var loose = from.item.summary || to.item.summary;
    el("path", { "class": "link" + (critical ? " critical" : "") + (loose ? " loose" : ""), d: path,
      "marker-end": "url(#gantt-" + (critical ? "arrow-critical" : "arrow") + ")" }, layer);
  }

  function drawBar(row, i, layer) {
    var item = row.item;
    var y = i * ROW;
    var s = span(row);
    // a milestone follows the work before it; with a baseline shown, dragging it proposes a change request instead
    var movable = editable && !item.summary && (!item.milestone || row.baselineFinish !== null);
    var g = el("g", {
      "class": "task" + (item.summary ? " summary-task" : item.milestone ? " milestone-task" : "")
        + (item.critical ? " critical" : "") + (item.blocked ? " blocked" : "") + (movable ? " movable" : "")
        + (s.moving ? " moving" : "") + (state.focusKey === item.key ? " selected" : ""),
      "data-key": item.key, "data-start": iso(s.start), "data-finish": iso(s.finish),
      tabindex: "0", role: "button", "aria-label": msg("bar", item.key, item.title, iso(s.start), iso(s.finish))
    }, layer);
    el("title", {}, g).textContent = tooltip(item, s);
    var x1 = x(s.start);
    var x2 = x(s.finish + 1);
    if (row.baselineStart !== null && row.baselineFinish !== null) {
      if (item.milestone) {
        var bx = x(row.baselineFinish + 1);
        el("path", { "class": "baseline", d: "M" + bx + " " + (y + 20) + "l5 5l-5 5l-5 -5z" }, g);
      } else {
        el("rect", { "class": "baseline", x: x(row.baselineStart), y: y + 24, width: Math.max(2, x(row.baselineFinish + 1)
            - x(row.baselineStart)), height: 4, rx: 1 }, g);
      }
    }
    // where the scheduling assistant's ready plan would put it: an outline, so the real bar stays readable
    if (row.ghostStart !== null && row.ghostFinish !== null) {
      if (item.milestone) {
        var gx = x(row.ghostFinish + 1);
        el("path", { "class": "ghost", d: "M" + gx + " " + (y + 6) + "l7 7l-7 7l-7 -7z" }, g);
      } else {
        el("rect", { "class": "ghost", x: x(row.ghostStart), y: y + 4, width: Math.max(2, x(row.ghostFinish + 1)
            - x(row.ghostStart)), height: 20, rx: 3 }, g);
      }
    }
    if (item.milestone) {
      var cx = x(s.finish + 1);
      el("path", { "class": "milestone" + (item.critical ? " critical" : ""),
        d: "M" + cx + " " + (y + 6) + "l8 8.5l-8 8.5l-8 -8.5z" }, g);
      text(iso(s.finish), { "class": "bar-label", x: cx + 12, y: y + 19 }, g);
    } else if (item.summary) {
      var w = Math.max(4, x2 - x1);
      el("path", { "class": "summary", d: "M" + x1 + " " + (y + 8) + "h" + w + "v9l-5 5l-5 -5h" + (-(w - 10))
          + "l-5 5l-5 -5z" }, g);
      if (item.progress > 0) {
        el("rect", { "class": "summary-progress", x: x1, y: y + 8, width: Math.round(w * item.progress), height: 4 }, g);
      }
    } else {
      var width = Math.max(3, x2 - x1);
      el("rect", { "class": "bar" + (item.critical ? " critical" : ""), x: x1, y: y + 7, width: width, height: 16,
        rx: 3 }, g);
      if (item.progress > 0) {
        el("rect", { "class": "bar-progress", x: x1, y: y + 7, width: Math.max(2, Math.round(width * item.progress)),
          height: 16, rx: 3 }, g);
      }
      if (movable && width >= 14) {
        el("rect", { "class": "handle", x: x1 + width - 6, y: y + 7, width: 7, height: 16, "data-handle": "finish" }, g);
      }
      if (item.blocked) {
        el("circle", { "class": "blocked-mark", cx: x1 + width + 9, cy: y + 15, r: 5 }, g);
        text("!", { "class": "blocked-text", x: x1 + width + 9, y: y + 18.5, "text-anchor": "middle" }, g);
      }
      if (s.moving) {
        text(iso(s.start) + " – " + iso(s.finish), { "class": "bar-label moving-label",
          x: x1 + width + (item.blocked ? 20 : 8), y: y + 19 }, g);
      } else if (item.assignee) {
        text(item.assigneeName, { "class": "bar-label", x: x1 + width + (item.blocked ? 20 : 8), y: y + 19 }, g);
      }
    }
  }

  function tooltip(item, s) {
    var lines = [item.key + " · " + item.title, item.typeLabel + " · " + msg("tip-status", item.statusLabel)];
    if (item.milestone) {
      lines.push(msg("tip-milestone", iso(s.finish)));
      var odds = state.data.confidence && state.data.confidence[item.key];
      if (odds) {
        lines.push(msg("tip-confidence", odds.p50, odds.p85));
      }
    } else {
      lines.push(msg("tip-dates", iso(s.start), iso(s.finish), item.durationDays,
        msg("source-" + item.durationSource)));
    }
    if (item.baselineStart) {
      lines.push(msg("tip-baseline", item.baselineStart, item.baselineFinish));
    }
    if (item.ghostStart) {
      lines.push(msg("tip-ghost", item.ghostStart, item.ghostFinish));
    }
    lines.push(msg("tip-progress", Math.round(item.progress * 100)));
    lines.push(msg("tip-float", item.totalFloatDays, item.freeFloatDays));
    if (item.critical) {
      lines.push(msg("tip-critical"));
    }
    if (item.assignee) {
      lines.push(msg("tip-assignee", item.assigneeName));
    }
    if (item.blocked) {
      lines.push(item.blockedReason ? msg("tip-blocked", item.blockedReason) : msg("tip-blocked-no-reason"));
    }
    return lines.join("\n");
  }

  function itemUrl(key) {
    return root.getAttribute("data-item-url").replace(":item", encodeURIComponent(key));
  }

  // loading, saving and live updates

  function dataUrl() {
    var url = root.getAttribute("data-data-url");
    return state.baseline ? url + "?baseline=" + encodeURIComponent(state.baseline) : url;
  }

  function problemText(response) {
    return response.text().then(function (body) {
      try {
        var problem = JSON.parse(body);
        return problem.detail || problem.title || String(response.status);
      } catch (e) {
        return String(response.status);
      }
    });
  }

  function load() {
    if (state.drag || state.pending || state.saving) {
      state.reloadWanted = true;
      return Promise.resolve();
    }
    state.reloadWanted = false;
    return fetch(dataUrl(), { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          return problemText(response).then(function (detail) {
            throw new Error(detail);
          });
        }
        return response.json();
      })
      .then(function (data) {
        var first = state.data === null;
        setData(data);
        if (first) {
          scrollToDay(firstInterestingDay(), 0.1);
        }
      })
      .catch(function (error) {
        show("error", msg("load-failed") + " " + error.message);
      });
  }

  function afterSave() {
    state.saving = false;
    if (state.reloadWanted) {
      load();
    }
  }

  function save(key, mode, days) {
    var row = state.byKey[key];
    var body = { version: row.item.version };
    if (mode === "resize") {
      body.finish = iso(Math.max(row.start, row.finish + days));
    } else {
      body.start = iso(row.start + days);
    }
    state.saving = true;
    show("info", msg("saving", key));
    var headers = { "Content-Type": "application/json", Accept: "application/json" };
    var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
    var csrfToken = document.querySelector('meta[name="_csrf"]');
    if (csrfHeader && csrfToken) {
      headers[csrfHeader.getAttribute("content")] = csrfToken.getAttribute("content");
    }
    var url = root.getAttribute("data-move-url").replace(":item", encodeURIComponent(key))
      + (state.baseline ? "?baseline=" + encodeURIComponent(state.baseline) : "");
    return fetch(url, { method: "POST", headers: headers, body: JSON.stringify(body), credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          return problemText(response).then(function (detail) {
            state.pending = null;
            state.saving = false;
            render();
            show("error", msg("refused") + " " + detail);
            if (response.status === 409) {
              load();
            }
          });
        }
        return response.json().then(function (data) {
          state.pending = null;
          setData(data);
          var moved = state.byKey[key];
          show("success", msg("saved", key, moved.item.start, moved.item.finish));
        });
      })
      .catch(function (error) {
        state.pending = null;
        render();
        show("error", msg("refused") + " " + error.message);
      })
      .then(afterSave);
  }

  var hideTimer = 0;

  function show(kind, textContent) {
    window.clearTimeout(hideTimer);
    message.className = "alert gantt-toast " + kind;
    message.textContent = textContent;
    message.hidden = false;
    if (kind === "success") {
      hideTimer = window.setTimeout(function () { message.hidden = true; }, 6000);
    }
  }

  function listen() {
    if (!window.EventSource) {
      return;
    }
    var live = document.getElementById("gantt-live");
    var source = new EventSource(root.getAttribute("data-events-url"));
    var timer = 0;
    source.addEventListener("ready", function () { live.hidden = false; });
    source.addEventListener("change", function (event) {
      // meetings and retrospectives share the project's stream; their changes do not move the chart
      try {
        if (/^(meeting\.|retrospective-)/.test(JSON.parse(event.data).action)) {
          return;
        }
      } catch (e) {
        // not JSON: reload as for any change
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(load, 200);
    });
    source.onerror = function () { live.hidden = true; };
  }

  // scrolling to a date or an item

  function firstInterestingDay() {
    var today = day(state.data.today);
    var start = day(state.data.start);
    return start !== null ? start : today;
  }

  function scrollToDay(epochDay, fraction) {
    var chartWidth = scroller.clientWidth - LIST_W;
    scroller.scrollLeft = Math.max(0, x(epochDay) - chartWidth * fraction);
    requestRender();
  }

  function centreDay() {
    return state.origin + (scroller.scrollLeft + (scroller.clientWidth - LIST_W) / 2) / state.ppd;
  }

  function reveal(key, focus) {
    var row = state.byKey[key];
    if (!row) {
      return;
    }
    for (var parent = row.item.parent; parent && state.byKey[parent]; parent = state.byKey[parent].item.parent) {
      delete state.collapsed[parent];
    }
    layout();
    var index = state.position[key];
    var viewHeight = scroller.clientHeight - HEAD;
    if (index * ROW < scroller.scrollTop || (index + 1) * ROW > scroller.scrollTop + viewHeight) {
      scroller.scrollTop = Math.max(0, index * ROW - viewHeight / 2);
    }
    var left = x(row.start);
    var chartWidth = scroller.clientWidth - LIST_W;
    if (left < scroller.scrollLeft || left > scroller.scrollLeft + chartWidth - 40) {
      scroller.scrollLeft = Math.max(0, left - chartWidth / 3);
    }
    state.focusKey = key;
    render();
    if (focus) {
      var bar = chart.querySelector('g.task[data-key="' + key + '"]');
      if (bar) {
        bar.focus({ preventScroll: true });
      }
    }
  }

  // dragging

  function barOf(target) {
    return target && target.closest ? target.closest("g.task") : null;
  }

  chart.addEventListener("pointerdown", function (event) {
    var bar = barOf(event.target);
    if (!bar || event.button !== 0) {
      return;
    }
    var key = bar.getAttribute("data-key");
    state.focusKey = key;
    bar.focus({ preventScroll: true });
    if (!bar.classList.contains("movable") || state.saving || state.pending) {
      return;
    }
    event.preventDefault();
    state.drag = { key: key, mode: event.target.getAttribute("data-handle") ? "resize" : "move",
      x0: event.clientX, days: 0 };
    chart.classList.add("dragging");
    window.addEventListener("pointermove", onDrag);
    window.addEventListener("pointerup", endDrag);
    window.addEventListener("pointercancel", cancelDrag);
  });

  function onDrag(event) {
    var days = Math.round((event.clientX - state.drag.x0) / state.ppd);
    if (days !== state.drag.days) {
      state.drag.days = days;
      requestRender();
    }
  }

  function stopDragging() {
    window.removeEventListener("pointermove", onDrag);
    window.removeEventListener("pointerup", endDrag);
    window.removeEventListener("pointercancel", cancelDrag);
    chart.classList.remove("dragging");
    var drag = state.drag;
    state.drag = null;
    return drag;
  }

  function endDrag() {
    var drag = stopDragging();
    if (drag.days === 0) {
      render();
      if (state.reloadWanted) {
        load();
      }
      return;
    }
    var row = state.byKey[drag.key];
    if (row.item.milestone) {
      proposeMilestoneMove(row, row.finish + drag.days);
      return;
    }
    state.pending = { key: drag.key, mode: drag.mode, days: drag.days };
    render();
    save(drag.key, drag.mode, drag.days);
  }

  // Moving a baselined milestone past its baseline changes the plan's commitments: that goes through a change
  // request, opened pre-filled. The planned start set there is the day after the milestone's new date.
  function proposeMilestoneMove(row, target) {
    render();
    if (row.baselineFinish === null || target <= row.baselineFinish) {
      show("info", msg("milestone-by-change", row.item.key));
      return;
    }
    if (window.confirm(msg("offer-change", row.item.key, iso(target), iso(row.baselineFinish)))) {
      window.location.href = root.getAttribute("data-change-url") + "?op=setDates&item="
        + encodeURIComponent(row.item.key) + "&plannedStart=" + iso(target + 1);
    }
  }

  function cancelDrag() {
    stopDragging();
    render();
  }

  chart.addEventListener("dblclick", function (event) {
    var bar = barOf(event.target);
    if (bar) {
      window.location.href = itemUrl(bar.getAttribute("data-key"));
    }
  });

  // the keyboard

  var keyTimer = 0;

  chart.addEventListener("focusin", function (event) {
    var bar = barOf(event.target);
    if (bar) {
      state.focusKey = bar.getAttribute("data-key");
    }
  });

  chart.addEventListener("keydown", function (event) {
    var bar = barOf(event.target);
    if (!bar) {
      return;
    }
    var key = bar.getAttribute("data-key");
    var row = state.byKey[key];
    if (event.key === "Enter") {
      event.preventDefault();
      window.location.href = itemUrl(key);
    } else if (event.key === "ArrowUp" || event.key === "ArrowDown") {
      event.preventDefault();
      var next = state.visible[state.position[key] + (event.key === "ArrowUp" ? -1 : 1)];
      if (next) {
        reveal(next.item.key, true);
      }
    } else if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
      event.preventDefault();
      var step = event.key === "ArrowLeft" ? -1 : 1;
      if (row.item.summary) {
        toggle(key, step > 0);
        return;
      }
      if (!bar.classList.contains("movable") || state.saving) {
        return;
      }
      var mode = event.shiftKey ? "resize" : "move";
      if (state.pending && (state.pending.key !== key || state.pending.mode !== mode)) {
        return;
      }
      state.pending = state.pending || { key: key, mode: mode, days: 0 };
      state.pending.days += step;
      render();
      window.clearTimeout(keyTimer);
      keyTimer = window.setTimeout(function () {
        var pending = state.pending;
        if (pending.days === 0) {
          state.pending = null;
          render();
          return;
        }
        save(pending.key, pending.mode, pending.days);
      }, KEY_MOVE_DELAY);
    }
  });

  // collapse and expand

  function toggle(key, expand) {
    if (expand) {
      delete state.collapsed[key];
    } else {
      state.collapsed[key] = true;
    }
    layout();
  }

  list.addEventListener("click", function (event) {
    var t = event.target.closest ? event.target.closest("[data-toggle]") : null;
    if (t) {
      var key = t.getAttribute("data-toggle");
      toggle(key, !!state.collapsed[key]);
      var again = list.querySelector('[data-toggle="' + key + '"]');
      if (again) {
        again.focus({ preventScroll: true });
      }
    }
  });

  list.addEventListener("keydown", function (event) {
    var t = event.target.closest ? event.target.closest("[data-toggle]") : null;
    if (t && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      var key = t.getAttribute("data-toggle");
      toggle(key, !!state.collapsed[key]);
      var again = list.querySelector('[data-toggle="' + key + '"]');
      if (again) {
        again.focus({ preventScroll: true });
      }
    }
  });

  // the toolbar

  function setZoom(zoom) {
    var centre = state.data ? centreDay() : null;
    state.zoom = zoom;
    document.querySelectorAll("[data-zoom]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-zoom") === zoom));
    });
    remember();
    if (state.data) {
      layout();
      scrollToDay(Math.round(centre), 0.5);
    }
  }

  document.querySelectorAll("[data-zoom]").forEach(function (button) {
    button.addEventListener("click", function () {
      setZoom(button.getAttribute("data-zoom"));
    });
  });

  document.querySelectorAll("[data-action]").forEach(function (button) {
    button.addEventListener("click", function () {
      if (!state.data) {
        return;
      }
      var action = button.getAttribute("data-action");
      if (action === "today") {
        scrollToDay(day(state.data.today), 0.3);
        return;
      }
      state.collapsed = {};
      if (action === "collapse") {
        state.rows.forEach(function (row) {
          if (row.item.summary) {
            state.collapsed[row.item.key] = true;
          }
        });
      }
      layout();
    });
  });

  baselineSelect.addEventListener("change", function () {
    state.baseline = baselineSelect.value || null;
    remember();
    load();
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("[data-reveal]") : null;
    if (link && state.byKey[link.getAttribute("data-reveal")] && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      reveal(link.getAttribute("data-reveal"), true);
    }
  });

  function remember() {
    var params = new URLSearchParams(window.location.search);
    params.set("zoom", state.zoom);
    if (state.baseline) {
      params.set("baseline", state.baseline);
    } else {
      params.delete("baseline");
    }
    window.history.replaceState(null, "", window.location.pathname + "?" + params.toString());
  }

  scroller.addEventListener("scroll", requestRender, { passive: true });
  window.addEventListener("resize", function () {
    if (state.data) {
      layout();
    }
  });

  var params = new URLSearchParams(window.location.search);
  if (PX_PER_DAY[params.get("zoom")]) {
    state.zoom = params.get("zoom");
  }
  if (params.get("baseline")) {
    state.baseline = params.get("baseline");
  }
  document.querySelectorAll("[data-zoom]").forEach(function (button) {
    button.setAttribute("aria-pressed", String(button.getAttribute("data-zoom") === state.zoom));
  });
  load().then(listen);
})();
