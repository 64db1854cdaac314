// Edits the item page's fields in place: each field is saved as it changes, with the item's version, and can be
// undone; a stale edit shows the value someone else saved while the person's own value stays in its input.
(function () {
  "use strict";

  var form = document.getElementById("item-edit");
  if (!form) {
    return;
  }
  var text = form.dataset;
  var version = form.querySelector("input[name=version]");
  var saved = {};

  function byId(id) {
    return document.getElementById(id);
  }

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute("content") : null;
  }

  function post(url, body) {
    var headers = { "Content-Type": "application/json", "Accept": "application/json" };
    if (meta("_csrf_header") && meta("_csrf")) {
      headers[meta("_csrf_header")] = meta("_csrf");
    }
    return fetch(url, { method: "POST", credentials: "same-origin", headers: headers, body: JSON.stringify(body) })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          return { status: response.status, data: data };
        });
      });
  }

  // The value a field shows: the blocked field is its reason, or nothing while the box is unticked.
  function valueOf(field) {
    if (field === "blocked") {
      return byId("blocked").checked ? byId("blockedReason").value : "";
    }
    return byId(field).value;
  }

  function show(field, value) {
    if (field === "blocked") {
      byId("blocked").checked = value !== "";
      byId("blockedReason").value = value;
      byId("blockedReason").disabled = value === "";
    } else {
      byId(field).value = value;
    }
    if (field === "title") {
      byId("item-title").textContent = value;
    }
  }

  function showDescription(html) {
    byId("description-view").innerHTML = html;
    byId("description-empty").hidden = html !== "";
  }

  function showAvatar(person) {
    var holder = byId("assignee-avatar");
    holder.textContent = "";
    if (person) {
      var avatar = document.createElement("span");
      avatar.className = "avatar " + person.colour;
      avatar.title = person.label;
      avatar.textContent = person.initials;
      holder.appendChild(avatar);
    }
  }

  // The badges under the title follow the type, status and priority saved.
  function showBadge(field, data) {
    var badge = document.querySelector("#badge-" + field + " .badge");
    if (!badge) {
      return;
    }
    badge.textContent = data.display;
    if (field === "priority") {
      badge.className = "badge priority-" + data.value;
    } else if (field === "status") {
      badge.className = "badge " + data.category;
    }
  }

  function button(label, action) {
    var element = document.createElement("button");
    element.type = "button";
    element.className = "link-button";
    element.textContent = label;
    element.addEventListener("click", action);
    return element;
  }

  function report(field, kind, message, actions) {
    var box = byId("status-" + field);
    box.className = "inline-status " + kind;
    box.textContent = message;
    (actions || []).forEach(function (action) {
      box.appendChild(document.createTextNode(" "));
      box.appendChild(action);
    });
  }

  // Saves one field; `previous` is what Undo puts back (absent when this edit is itself an undo). Saves go one
  // after another, each with the version the page holds when it is sent, so quick edits never clash with each other.
  var queue = Promise.resolve();

  function save(field, value, previous) {
    report(field, "", text.saving);
    queue = queue.catch(function () { return null; }).then(function () {
      return post(text.inlineUrl, { field: field, value: value, version: Number(version.value) });
    }).then(function (result) {
      var data = result.data;
      if (result.status === 200) {
        version.value = data.version;
        saved[field] = data.value;
        show(field, data.value);
        showDescription(data.html);
        showBadge(field, data);
        showAvatar(data.assignee);
        if (previous === undefined) {
          report(field, "ok", text.undone);
        } else {
          report(field, "ok", text.saved, [button(text.undo, function () { save(field, previous); })]);
        }
      } else if (result.status === 409 && data.values) {
        refresh(data, field);
        if (field === "description") {
          openEditor();
        }
        report(field, "conflict", data.message, [
          button(text.keepMine, function () { save(field, value, data.value); }),
          button(text.takeTheirs, function () { show(field, data.value); report(field, "", ""); })
        ]);
      } else {
        report(field, "error", text.failed + " " + (data.detail || result.status));
      }
    }, function () {
      report(field, "error", text.failed);
    });
  }

  // Takes the item as it now stands, except the field whose edit clashed: its input keeps the person's value.
  function refresh(data, except) {
    version.value = data.version;
    Object.keys(data.values).forEach(function (field) {
      saved[field] = data.values[field];
      if (field !== except && field !== "description") {
        show(field, data.values[field]);
      }
    });
    showDescription(data.html);
    showAvatar(data.assignee);
  }

  function changed(field) {
    var value = valueOf(field);
    // a date that is not a real day (the date field says why) is not sent; the field keeps it for the person to fix
    var dateInput = document.querySelector("input[data-date][data-field='" + field + "']");
    if (dateInput && !dateInput.checkValidity()) {
      report(field, "error", dateInput.validationMessage);
      return;
    }
    if (field === "blocked" && byId("blocked").checked && value.trim() === "") {
      byId("blockedReason").focus();
      return;
    }
    if (value !== saved[field]) {
      save(field, value, saved[field]);
    }
  }

  document.querySelectorAll("[data-field]").forEach(function (input) {
    saved[input.dataset.field] = valueOf(input.dataset.field);
    input.addEventListener("change", function () { changed(input.dataset.field); });
  });
  saved.blocked = valueOf("blocked");
  byId("blocked").addEventListener("change", function () { changed("blocked"); });
  byId("blockedReason").addEventListener("change", function () { changed("blocked"); });
  saved.description = byId("description").value;

  // Every field saves itself, so the form's own submission (Enter in an input) has nothing left to do.
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  document.querySelectorAll(".inline-fallback").forEach(function (element) { element.hidden = true; });

  // The description: edited on demand, previewed by the server's Markdown renderer, saved with its button.
  var editor = byId("description-editor");
  var textarea = byId("description");
  var preview = byId("description-preview");
  var editButton = byId("description-edit");
  editButton.hidden = false;

  function tab(showPreview) {
    textarea.hidden = showPreview;
    preview.hidden = !showPreview;
    byId("description-write").setAttribute("aria-selected", String(!showPreview));
    byId("description-preview-tab").setAttribute("aria-selected", String(showPreview));
  }

  function openEditor() {
    editor.hidden = false;
    editButton.hidden = true;
    tab(false);
    textarea.focus();
  }

  editButton.addEventListener("click", openEditor);
  byId("description-write").addEventListener("click", function () { tab(false); });
  byId("description-preview-tab").addEventListener("click", function () {
    post(text.previewUrl, { text: textarea.value }).then(function (result) {
      preview.innerHTML = result.status === 200 ? result.data.html : "";
      tab(true);
    });
  });
  byId("description-cancel").addEventListener("click", function () {
    textarea.value = saved.description;
    editor.hidden = true;
    editButton.hidden = false;
  });
  byId("description-save").addEventListener("click", function () {
    if (textarea.value !== saved.description) {
      save("description", textarea.value, saved.description);
    }
    editor.hidden = true;
    editButton.hidden = false;
  });
})();
