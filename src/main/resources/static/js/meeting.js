// A meeting's page follows its minutes: when anyone saves them, the rendered minutes are reloaded; a form opened on
// the older version stays as typed and says so, and saving it shows both versions (409) rather than overwriting.
(function () {
  "use strict";
  var section = document.getElementById("minutes");
  if (!section || !window.EventSource) {
    return;
  }
  var source = new EventSource(section.dataset.eventsUrl);
  source.addEventListener("change", function (event) {
    var change;
    try {
      change = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (change.action !== "meeting.minutes-edited") {
      return;
    }
    fetch(section.dataset.viewUrl, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        var view = document.getElementById("minutes-view");
        if (html === null || !view) {
          return;
        }
        view.outerHTML = html;
        var fresh = document.getElementById("minutes-view");
        var version = section.querySelector("form input[name=version]");
        if (fresh && version && fresh.dataset.version !== version.value) {
          document.getElementById("minutes-changed").hidden = false;
        }
      });
  });
  window.addEventListener("pagehide", function () {
    source.close();
  });
})();
