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
    if (change.action.indexOf("meeting.proposal-") === 0 || change.action.indexOf("meeting.transcript-") === 0
        || change.action.indexOf("meeting.recording-") === 0) {
      reloadTranscript();
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
  // The transcript section follows imports, transcriptions and proposals decided by others, unless the reader is
  // editing a proposal in it (their typing is kept; the next change or a reload brings the news).
  function reloadTranscript() {
    var transcript = document.getElementById("transcript");
    if (!transcript || transcript.contains(document.activeElement) || !transcript.dataset.viewUrl) {
      return;
    }
    fetch(transcript.dataset.viewUrl, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        var current = document.getElementById("transcript");
        if (html === null || !current || current.contains(document.activeElement)) {
          return;
        }
        current.outerHTML = html;
        if (window.htmx) {
          window.htmx.process(document.getElementById("transcript"));
        }
      });
  }
  window.addEventListener("pagehide", function () {
    source.close();
  });
})();
