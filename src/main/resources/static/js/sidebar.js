// The project sidebar: collapsed or not is remembered on wide screens; on a phone the menu button opens it over the page.
// Loaded right after the sidebar, before the page body, so a remembered collapse shows without a flash.
(function () {
  "use strict";
  var shell = document.querySelector(".shell");
  var toggle = document.querySelector(".sidebar-toggle");
  var phone = window.matchMedia("(max-width: 640px)");
  var KEY = "tandem.sidebar";

  function collapsed() {
    return window.localStorage.getItem(KEY) === "collapsed";
  }

  function show() {
    var open = phone.matches ? shell.classList.contains("sidebar-open") : !collapsed();
    shell.classList.toggle("sidebar-collapsed", !phone.matches && collapsed());
    toggle.setAttribute("aria-expanded", String(open));
  }

  toggle.addEventListener("click", function () {
    if (phone.matches) {
      shell.classList.toggle("sidebar-open");
    } else {
      window.localStorage.setItem(KEY, collapsed() ? "open" : "collapsed");
    }
    show();
  });
  phone.addEventListener("change", show);

  // On a phone the open sidebar closes with Escape or a tap beside it.
  function close() {
    shell.classList.remove("sidebar-open");
    show();
  }
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && shell.classList.contains("sidebar-open")) {
      close();
      toggle.focus();
    }
  });
  document.addEventListener("click", function (event) {
    if (shell.classList.contains("sidebar-open") && !event.target.closest("#project-nav, .sidebar-toggle")) {
      close();
    }
  });
  show();
})();
