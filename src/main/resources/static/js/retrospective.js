// Live retrospective board: when anyone changes this retrospective, the project's event stream says so and the page
// fetches itself again and swaps in the parts marked data-live (cards, groups, votes, action items), leaving alone a
// part someone is typing or ticking in. A stage change reloads the page, unless something was typed that would be lost.
(function () {
  "use strict";
  var root = document.getElementById("retro-live");
  if (!root || !window.EventSource || !window.fetch) {
    return;
  }
  var subject = root.getAttribute("data-subject");
  var stage = root.getAttribute("data-stage");
  var pending = null;

  function busy(element) {
    if (element.contains(document.activeElement) && document.activeElement !== document.body) {
      return true;
    }
    return element.querySelector("input[type=checkbox]:checked") !== null;
  }

  function typing() {
    return Array.prototype.some.call(document.querySelectorAll("textarea, input[type=text], input:not([type])"),
      function (field) { return field.value !== ""; });
  }

  function refresh() {
    pending = null;
    fetch(window.location.pathname, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, "text/html");
        var freshRoot = fresh.getElementById("retro-live");
        if (freshRoot && freshRoot.getAttribute("data-stage") !== stage) {
          if (!typing()) {
            window.location.reload();
          }
          return;
        }
        fresh.querySelectorAll("[data-live]").forEach(function (part) {
          var current = document.getElementById(part.id);
          if (current && !busy(current)) {
            current.replaceWith(document.importNode(part, true));
          }
        });
      })
      .catch(function () { /* the next change tries again */ });
  }

  var source = new EventSource(root.getAttribute("data-events-url"));
  source.addEventListener("change", function (event) {
    var data = JSON.parse(event.data);
    if (data.item === subject && pending === null) {
      pending = window.setTimeout(refresh, 200);
    }
  });
  window.addEventListener("pagehide", function () {
    source.close();
  });
})();
