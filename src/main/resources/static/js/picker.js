// Pickers: a text input with data-lookup becomes a combobox (the ARIA 1.2 pattern) whose options come from that
// JSON lookup as one types: people with their initials avatar and name, items with key and title. The input keeps
// the value the form sends (a username, an item key); choosing an option fills it in and fires "change".
(function () {
  "use strict";

  var count = 0;

  function enhance(input) {
    var list = document.createElement("ul");
    list.id = (input.id || "picker-" + (++count)) + "-options";
    list.className = "picker-options";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.parentNode.classList.add("picker");
    input.after(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("autocomplete", "off");

    var active = -1;
    var asked = 0;

    function options() {
      return Array.prototype.slice.call(list.querySelectorAll("[role=option]"));
    }

    // a closed list stays closed: answers to searches still on their way are dropped
    function close() {
      clearTimeout(timer);
      asked++;
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function mark(index) {
      var all = options();
      active = all.length === 0 ? -1 : (index + all.length) % all.length;
      all.forEach(function (option, i) { option.setAttribute("aria-selected", String(i === active)); });
      if (active >= 0) {
        input.setAttribute("aria-activedescendant", all[active].id);
        all[active].scrollIntoView({ block: "nearest" });
      }
    }

    function choose(option) {
      input.value = option.dataset.value;
      close();
      input.dispatchEvent(new Event("change", { bubbles: true }));
    }

    function render(found) {
      list.textContent = "";
      found.forEach(function (choice, i) {
        var option = document.createElement("li");
        option.id = list.id + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.value = choice.value;
        if (choice.initials) {
          var avatar = document.createElement("span");
          avatar.className = "avatar " + choice.colour;
          avatar.setAttribute("aria-hidden", "true");
          avatar.textContent = choice.initials;
          option.appendChild(avatar);
        }
        var label = document.createElement("span");
        label.className = "picker-label";
        label.textContent = choice.label;
        var value = document.createElement("span");
        value.className = choice.initials ? "picker-value person" : "picker-value key";
        value.textContent = choice.value;
        option.append(label, value);
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
          choose(option);
        });
        list.appendChild(option);
      });
      if (found.length === 0) {
        var none = document.createElement("li");
        none.className = "picker-none";
        none.textContent = input.dataset.none || "";
        list.appendChild(none);
      }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      active = -1;
    }

    function lookup() {
      var ask = ++asked;
      var url = input.dataset.lookup + "?q=" + encodeURIComponent(input.value.trim());
      fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (found) {
          if (ask === asked && document.activeElement === input) {
            render(found);
          }
        });
    }

    var timer;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(lookup, 150);
    });
    input.addEventListener("focus", lookup);
    input.addEventListener("blur", close);
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (list.hidden) {
          lookup();
        } else {
          mark(active + (event.key === "ArrowDown" ? 1 : -1));
        }
      } else if (event.key === "Enter" && !list.hidden && active >= 0) {
        event.preventDefault();
        choose(options()[active]);
      } else if (event.key === "Escape" && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
  }

  function enhanceAll(root) {
    root.querySelectorAll("input[data-lookup]:not([role=combobox])").forEach(enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { enhanceAll(document); });
  } else {
    enhanceAll(document);
  }
})();
