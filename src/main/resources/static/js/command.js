// The command bar (Ctrl+K, ⌘K or /): jump to a page, run an action or open a project, item or person found on the
// server. The input is an ARIA combobox over a listbox; arrows move, Enter opens, Escape closes. "?" lists the keys.
(function () {
  "use strict";
  var dialog = document.getElementById("command-bar");
  var input = document.getElementById("command-q");
  var list = document.getElementById("command-options");
  var shortcuts = document.getElementById("shortcuts");
  var fixed = Array.prototype.slice.call(list.children);
  var pending = null;
  var timer = null;

  fixed.forEach(function (option, i) {
    option.id = "command-option-" + i;
  });

  function editable(target) {
    return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  }

  function visible() {
    return Array.prototype.filter.call(list.children, function (option) {
      return !option.hidden;
    });
  }

  function select(option) {
    visible().forEach(function (o) {
      o.setAttribute("aria-selected", String(o === option));
    });
    if (option) {
      input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({block: "nearest"});
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function selected() {
    return list.querySelector('[aria-selected="true"]:not([hidden])');
  }

  function showFound(html) {
    list.querySelectorAll(".search-option").forEach(function (o) {
      o.remove();
    });
    list.insertAdjacentHTML("afterbegin", html);
    list.querySelectorAll(".search-option").forEach(function (o, i) {
      o.id = "command-found-" + i;
    });
    select(visible()[0]);
  }

  function filter() {
    var text = input.value.trim().toLowerCase();
    fixed.forEach(function (option) {
      option.hidden = text !== "" && option.textContent.toLowerCase().indexOf(text) < 0;
    });
    showFound("");
    window.clearTimeout(timer);
    if (pending) {
      pending.abort();
      pending = null;
    }
    if (text !== "") {
      timer = window.setTimeout(function () {
        find(input.value.trim());
      }, 150);
    }
  }

  function find(text) {
    pending = new AbortController();
    fetch(dialog.dataset.find + "?q=" + encodeURIComponent(text), {signal: pending.signal, credentials: "same-origin"})
      .then(function (response) {
        return response.ok ? response.text() : "";
      })
      .then(function (html) {
        if (input.value.trim() === text) {
          showFound(html);
        }
      })
      .catch(function () {});
  }

  function run(option) {
    if (!option) {
      if (input.value.trim() !== "") {
        window.location.assign(dialog.dataset.search + "?q=" + encodeURIComponent(input.value.trim()));
      }
      return;
    }
    if (option.dataset.href) {
      window.location.assign(option.dataset.href);
    } else if (option.dataset.lang) {
      var button = document.querySelector('.lang-switch button[value="' + option.dataset.lang + '"]');
      dialog.close();
      button.click();
    } else if (option.dataset.shortcuts) {
      dialog.close();
      shortcuts.showModal();
    }
  }

  function open() {
    if (shortcuts.open) {
      shortcuts.close();
    }
    if (!dialog.open) {
      input.value = "";
      filter();
      dialog.showModal();
    }
    input.focus();
  }

  input.addEventListener("input", filter);

  input.addEventListener("keydown", function (event) {
    var options = visible();
    var at = options.indexOf(selected());
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (options.length) {
        var step = event.key === "ArrowDown" ? 1 : -1;
        select(options[(at + step + options.length) % options.length]);
      }
    } else if (event.key === "Enter") {
      event.preventDefault();
      run(selected());
    }
  });

  list.addEventListener("click", function (event) {
    var option = event.target.closest('[role="option"]');
    if (option) {
      run(option);
    }
  });

  // A click on the backdrop lands on the dialog itself.
  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) {
      dialog.close();
    }
  });

  document.querySelector(".search-button").addEventListener("click", function (event) {
    event.preventDefault();
    open();
  });

  document.addEventListener("keydown", function (event) {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k") {
      event.preventDefault();
      open();
    } else if (!event.ctrlKey && !event.metaKey && !event.altKey && !editable(event.target) && !dialog.open) {
      if (event.key === "/") {
        event.preventDefault();
        open();
      } else if (event.key === "?" && !shortcuts.open) {
        event.preventDefault();
        shortcuts.showModal();
      }
    }
  });
})();
