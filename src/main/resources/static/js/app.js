// Sends the CSRF token with every htmx request and asks before destructive form submissions.
(function () {
  "use strict";

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute("content") : null;
  }

  // Times follow the browser's zone unless the person chose one: the server reads it from this cookie.
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf("tz=" + zone) === -1) {
      document.cookie = "tz=" + zone + "; path=/; max-age=31536000; SameSite=Lax" +
        (location.protocol === "https:" ? "; Secure" : "");
    }
  } catch (ignored) {
    // an old browser without Intl: times stay in UTC
  }

  document.addEventListener("htmx:configRequest", function (event) {
    var header = meta("_csrf_header");
    var token = meta("_csrf");
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });

  // The reason field only matters while the item is blocked.
  function syncBlockedReason(checkbox) {
    var reason = document.getElementById(checkbox.dataset.reason);
    if (reason) {
      reason.disabled = !checkbox.checked;
    }
  }

  document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches("input[data-reason]")) {
      syncBlockedReason(event.target);
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-reason]").forEach(syncBlockedReason);
  });

  // A link to a collapsed form (an empty page's first step) opens it.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest('a[href^="#"]');
    var target = link && document.getElementById(link.getAttribute("href").slice(1));
    if (target instanceof HTMLDetailsElement) {
      target.open = true;
    }
  });

  // Picks the whole secret with one click so it is easy to copy.
  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches("input.secret")) {
      event.target.select();
    }
  });
})();
