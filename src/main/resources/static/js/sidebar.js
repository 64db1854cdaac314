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
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && shell.classList.contains("sidebar-open")) {
      shell.classList.remove("sidebar-open");
      show();
      toggle.focus();
    }
  });
  show();
})();
