// Laufzettel's small client-side helpers. No inline scripts anywhere: the CSP allows only this origin.
(function () {
  "use strict";

  // htmx sends the CSRF token as a header on every state-changing request.
  document.addEventListener("htmx:configRequest", function (event) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    if (meta) {
      event.detail.headers["X-CSRF-TOKEN"] = meta.content;
    }
  });

  // When an in-place update is refused (no longer allowed, changed by someone else, gone), show
  // the page as it really is now instead of leaving a half-updated one.
  document.addEventListener("htmx:responseError", function (event) {
    if (!event.detail.xhr.getResponseHeader("HX-Redirect")) {
      window.location.reload();
    }
  });

  // Suggest the organisation's short name from its name until the user types one of their own.
  function slugify(name) {
    return name.toLowerCase()
      .replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 50).replace(/-+$/, "");
  }

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : "";
  }

  function format(template, values) {
    return template.replace(/\{(\d)\}/g, function (_, i) { return values[Number(i)]; });
  }

  function announce(text) {
    var status = document.getElementById("board-status");
    if (status) {
      status.textContent = text;
    }
  }

  // The board: drag and drop with SortableJS. The dialog's "Verschieben" form is the keyboard way
  // to do the same; both send PUT …/tasks/{n}/position with the section and a 1-based position.
  function setUpBoard(board) {
    var base = board.dataset.board;
    function move(card, list, index) {
      var number = card.dataset.number;
      var body = new URLSearchParams({ section: list.dataset.section, position: String(index + 1) });
      fetch(base + "/tasks/" + number + "/position", {
        method: "PUT",
        headers: { "X-CSRF-TOKEN": csrfToken(), "X-Requested-With": "fetch",
                   "Content-Type": "application/x-www-form-urlencoded" },
        body: body,
        credentials: "same-origin"
      }).then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        var title = card.querySelector(".card-title").textContent;
        var section = document.getElementById(list.getAttribute("aria-labelledby")).dataset.name;
        announce(format(board.dataset.msgMoved, [title, section, index + 1]));
        updateCounts(board);
      }).catch(function () {
        announce(board.dataset.msgFailed);
        window.setTimeout(function () { window.location.reload(); }, 1500);
      });
    }
    board.setUpLists = function () {
      if (!window.Sortable || board.dataset.canEdit !== "true") { return; }
      board.querySelectorAll("ol.cards").forEach(function (list) {
        window.Sortable.create(list, {
          group: "cards", animation: 150, ghostClass: "card-ghost",
          onStart: function () { board.dragging = true; },
          onEnd: function (event) {
            board.dragging = false;
            if (board.afterDrag) { board.afterDrag(); }
            if (event.from !== event.to || event.oldIndex !== event.newIndex) {
              move(event.item, event.to, event.newIndex);
            }
          }
        });
      });
    };
    board.setUpLists();
    // Sections are reordered by dragging their title; the section menu is the keyboard way.
    if (window.Sortable && board.dataset.canManage === "true") {
      window.Sortable.create(board, {
        draggable: "section.column", handle: ".column-title", animation: 150,
        onEnd: function (event) {
          if (event.oldDraggableIndex === event.newDraggableIndex) { return; }
          var id = event.item.querySelector(".column-head").dataset.section;
          fetch(base + "/sections/" + id + "/position", {
            method: "PUT",
            headers: { "X-CSRF-TOKEN": csrfToken(), "Content-Type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({ position: String(event.newDraggableIndex + 1) }),
            credentials: "same-origin"
          }).then(function (response) {
            if (!response.ok) { throw new Error(String(response.status)); }
          }).catch(function () { window.location.reload(); });
        }
      });
    }
    // Keyboard moves: Alt + arrow keys on a focused card move it up, down, or to the neighbouring
    // section, through the same request as a drag; the result is announced.
    board.addEventListener("keydown", function (event) {
      var link = event.target.closest && event.target.closest("a.card-title");
      if (!link || !event.altKey || board.dataset.canEdit !== "true") { return; }
      var card = link.closest("li.card");
      var list = card.parentElement;
      var lists = Array.prototype.slice.call(board.querySelectorAll("ol.cards"));
      var cards = Array.prototype.slice.call(list.children);
      var index = cards.indexOf(card);
      var target = list;
      var newIndex = index;
      if (event.key === "ArrowUp" && index > 0) {
        newIndex = index - 1;
      } else if (event.key === "ArrowDown" && index < cards.length - 1) {
        newIndex = index + 1;
      } else if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
        var next = lists[lists.indexOf(list) + (event.key === "ArrowLeft" ? -1 : 1)];
        if (!next) { return; }
        target = next;
        newIndex = Math.min(index, next.children.length);
      } else {
        return;
      }
      event.preventDefault();
      card.remove();
      target.insertBefore(card, target.children[newIndex] || null);
      link.focus();
      move(card, target, newIndex);
    });
    // A click on a card (or Enter on its link) fetches only the task's dialog. One listener for
    // the whole board keeps a thousand cards free of per-card attributes.
    board.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a.card-title");
      if (!link || !window.htmx || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) { return; }
      event.preventDefault();
      window.htmx.ajax("GET", link.getAttribute("href"), { target: "#dialog-slot", swap: "innerHTML" })
        .then(function () { window.history.pushState({ htmx: true }, "", link.getAttribute("href")); });
    });
    // Quick add keeps the field open for the next task. A live refresh may have swapped the
    // columns while the request was under way and put the sent title back into the new field
    // (it keeps what is typed); so the field is looked up again by its id and emptied if it
    // still holds what was sent.
    board.addEventListener("htmx:afterRequest", function (event) {
      var form = event.target.closest && event.target.closest("form.quick-add");
      if (form && event.detail.successful) {
        var sent = form.querySelector("input[name=title]");
        var title = sent.value;
        var field = document.getElementById(sent.id) || sent;
        if (field.value === title) { field.value = ""; }
        form.reset();
        field.focus();
        announce(format(board.dataset.msgCreated, [title]));
        updateCounts(board);
      }
    });
  }

  // Live updates: the server says "this board changed" (after the change committed, on any node);
  // the browser fetches the columns again and swaps them in, keeping what the user is typing,
  // where the focus is, and leaving an open task dialog alone.
  // A live page refreshes one fetch at a time. A signal that arrives during a fetch, or while the
  // person drags something, is not lost: the refresh runs again once the fetch (or drag) is over.
  function liveRefresher(element, url, apply) {
    var running = false;
    var again = false;
    function refresh() {
      if (running || element.dragging) { again = true; return; }
      running = true;
      fetch(url(), { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
        .then(function (response) {
          if (!response.ok) { throw new Error(String(response.status)); }
          return response.text();
        })
        .then(apply)
        .catch(function () { /* the next signal or reconnect tries again */ })
        .finally(function () {
          running = false;
          if (again) { again = false; window.setTimeout(refresh, 50); }
        });
    }
    element.afterDrag = function () { if (again) { again = false; refresh(); } };
    return refresh;
  }

  function setUpLive(board) {
    if (!window.EventSource || !board.dataset.live) { return; }
    var refresh = liveRefresher(board, function () { return board.dataset.board + "/columns" + window.location.search; },
      function (html) { swapColumns(board, html); });
    var source = new EventSource(board.dataset.live);
    source.addEventListener("board-changed", refresh);
    board.liveSource = source;
  }

  function swapColumns(board, html) {
    var active = document.activeElement;
    var focusId = null;
    var focusCard = null;
    var selection = null;
    if (active && board.contains(active)) {
      if (active.id) {
        focusId = active.id;
        selection = [active.selectionStart, active.selectionEnd];
      } else if (active.closest("li.card")) {
        focusCard = active.closest("li.card").id;
      }
    }
    var typed = {};
    board.querySelectorAll("input[type=text], input[type=number]").forEach(function (input) {
      if (input.id && input.value !== input.defaultValue) { typed[input.id] = input.value; }
    });
    var openMenus = [];
    board.querySelectorAll("details[open]").forEach(function (d) {
      var head = d.closest(".column-head");
      if (head) { openMenus.push(head.dataset.section); }
    });
    board.innerHTML = html;
    Object.keys(typed).forEach(function (id) {
      var input = document.getElementById(id);
      if (input) { input.value = typed[id]; }
    });
    openMenus.forEach(function (section) {
      var d = board.querySelector('.column-head[data-section="' + section + '"] details');
      if (d) { d.open = true; }
    });
    if (focusId && document.getElementById(focusId)) {
      var again = document.getElementById(focusId);
      again.focus();
      if (selection && selection[0] !== null && again.setSelectionRange) {
        try { again.setSelectionRange(selection[0], selection[1]); } catch (e) { /* not a text field */ }
      }
    } else if (focusCard && document.getElementById(focusCard)) {
      document.querySelector("#" + focusCard + " a").focus();
    }
    if (window.htmx) { window.htmx.process(board); }
    board.setUpLists();
  }

  function updateCounts(board) {
    board.querySelectorAll("section.column").forEach(function (column) {
      var count = column.querySelector(".count");
      if (count) { count.textContent = column.querySelectorAll("ol.cards > li.card").length; }
    });
  }

  // A task's dialog is modal; Esc and "Schließen" return to the board and to the task's card.
  function setUpDialog(dialog) {
    // Rendered open (so it shows without scripts), reopened here as a modal dialog.
    if (dialog.open) { dialog.close(); }
    dialog.showModal();
    setUpUploads(dialog);
    setUpMentions(dialog);
    dialog.addEventListener("close", function () {
      // The close() above also fires this event, when the dialog is already open again.
      if (dialog.open) { return; }
      var board = document.querySelector(".board[data-board]");
      if (!board) {
        window.location.href = dialog.dataset.closeUrl;
        return;
      }
      // The board is on screen already: leave it as it is, back at the board's address, with
      // the focus on the task's card.
      dialog.remove();
      window.history.pushState({ htmx: true }, "", dialog.dataset.boardUrl);
      var card = document.querySelector("#" + dialog.dataset.card + " a");
      if (card) { card.focus(); }
    });
    var closeLink = dialog.querySelector("a.close");
    if (closeLink) {
      closeLink.addEventListener("click", function (event) {
        event.preventDefault();
        dialog.close();
      });
    }
  }

  // Attachments: the upload form and files dropped onto the dialog go the same way, with the
  // CSRF token as a header (an oversized upload never reaches the form's hidden field).
  function upload(dialog, fileList) {
    var form = dialog.querySelector("form.upload-form");
    var url = dialog.dataset.upload;
    if (!form || !url || !fileList.length) { return; }
    var error = form.querySelector("[data-upload-error]");
    var max = Number(form.dataset.maxBytes);
    var data = new FormData();
    for (var i = 0; i < fileList.length; i++) {
      if (fileList[i].size > max) {
        error.textContent = format(form.dataset.msgTooLarge, [fileList[i].name, form.dataset.max]);
        return;
      }
      data.append("file", fileList[i]);
    }
    fetch(url, { method: "POST", body: data, credentials: "same-origin", headers: { "X-CSRF-TOKEN": csrfToken() } })
      .then(function (response) {
        if (response.status === 413) {
          error.textContent = format(form.dataset.msgTooLarge, [fileList.length === 1 ? fileList[0].name : "", form.dataset.max]);
          return;
        }
        if (!response.ok) { throw new Error(String(response.status)); }
        window.location.href = url.substring(0, url.lastIndexOf("/attachments"));
      })
      // Anything else (no connection, no permission any more, a server fault) gets a general message.
      .catch(function () { error.textContent = form.dataset.msgFailed; });
  }

  function setUpUploads(dialog) {
    var form = dialog.querySelector("form.upload-form");
    if (!form) { return; }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      upload(dialog, form.querySelector("input[type=file]").files);
    });
    dialog.addEventListener("dragover", function (event) { event.preventDefault(); dialog.classList.add("dropping"); });
    dialog.addEventListener("dragleave", function () { dialog.classList.remove("dropping"); });
    dialog.addEventListener("drop", function (event) {
      event.preventDefault();
      dialog.classList.remove("dropping");
      upload(dialog, event.dataTransfer.files);
    });
  }

  // @mentions: typing "@" and a few letters offers matching project members; arrow keys choose,
  // Enter or Tab inserts "@handle ", Escape closes the list. The text field keeps the focus.
  function setUpMentions(root) {
    root.querySelectorAll("textarea[data-mentions]").forEach(function (field) {
      var list = document.getElementById(field.dataset.mentions);
      var status = field.form.querySelector("[data-mention-status]");
      var options = Array.prototype.slice.call(list.querySelectorAll("[role=option]"));
      var active = -1;
      function query() {
        var before = field.value.substring(0, field.selectionStart);
        var m = /(^|\s)@([\p{L}\p{N}._-]*)$/u.exec(before);
        return m ? m[2].toLowerCase() : null;
      }
      function visible() { return options.filter(function (o) { return !o.hidden; }); }
      function highlight(index) {
        var shown = visible();
        options.forEach(function (o) { o.setAttribute("aria-selected", "false"); });
        active = shown.length ? (index + shown.length) % shown.length : -1;
        if (active >= 0) {
          shown[active].setAttribute("aria-selected", "true");
          field.setAttribute("aria-activedescendant", shown[active].id);
        } else {
          field.removeAttribute("aria-activedescendant");
        }
      }
      function close() {
        list.hidden = true;
        field.removeAttribute("aria-activedescendant");
      }
      function update() {
        var q = query();
        if (q === null) { close(); return; }
        options.forEach(function (o) { o.hidden = o.dataset.handle.indexOf(q) !== 0 && o.textContent.toLowerCase().indexOf(q) < 0; });
        var count = visible().length;
        list.hidden = count === 0;
        if (status) { status.textContent = format(status.dataset.mentionStatus, [count]); }
        highlight(0);
      }
      function choose(option) {
        var position = field.selectionStart;
        var before = field.value.substring(0, position).replace(/@([\p{L}\p{N}._-]*)$/u, "@" + option.dataset.handle + " ");
        field.value = before + field.value.substring(position);
        field.selectionStart = field.selectionEnd = before.length;
        close();
        field.focus();
      }
      field.addEventListener("input", update);
      field.addEventListener("keydown", function (event) {
        if (list.hidden) { return; }
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
          event.preventDefault();
          highlight(active + (event.key === "ArrowDown" ? 1 : -1));
        } else if ((event.key === "Enter" || event.key === "Tab") && active >= 0) {
          event.preventDefault();
          choose(visible()[active]);
        } else if (event.key === "Escape") {
          event.preventDefault();
          event.stopPropagation();
          close();
        }
      });
      options.forEach(function (o) {
        o.addEventListener("mousedown", function (event) { event.preventDefault(); choose(o); });
      });
      field.addEventListener("blur", close);
    });
  }

  // A card opened from the board brings only its dialog (htmx puts it into #dialog-slot).
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "dialog-slot") {
      var dialog = document.getElementById("task-dialog");
      if (dialog) { setUpDialog(dialog); }
    }
  });

  // "Meine Aufgaben": tasks are dragged between one's own sections; the select and button next to
  // each task is the keyboard way. A dropped task goes to the end of its new section, as with the form.
  function setUpAgenda(agenda) {
    if (!window.Sortable || agenda.dataset.draggable !== "true") { return; }
    agenda.querySelectorAll("ol[data-agenda-section]").forEach(function (list) {
      window.Sortable.create(list, {
        group: "agenda", animation: 150, ghostClass: "card-ghost",
        onStart: function () { agenda.dragging = true; },
        onEnd: function (event) {
          agenda.dragging = false;
          if (agenda.afterDrag) { agenda.afterDrag(); }
          if (event.from === event.to) { return; }
          var item = event.item;
          // As the form sends it (POST with _method), so that the answer's redirect is followed with a GET.
          fetch(item.querySelector("form.move").getAttribute("action"), {
            method: "POST",
            headers: { "X-CSRF-TOKEN": csrfToken(), "Content-Type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({ _method: "put", section: event.to.dataset.agendaSection }),
            credentials: "same-origin"
          }).then(function (response) {
            if (!response.ok) { throw new Error(String(response.status)); }
            announce(format(agenda.dataset.msgMoved, [item.dataset.title, event.to.dataset.name]));
            var select = item.querySelector("select[name=section]");
            if (select) { select.value = event.to.dataset.agendaSection; }
            agenda.querySelectorAll("ol[data-agenda-section]").forEach(function (ol) {
              var count = ol.closest("section").querySelector(".count");
              if (count) { count.textContent = String(ol.children.length); }
            });
          }).catch(function () {
            announce(agenda.dataset.msgFailed);
            window.setTimeout(function () { window.location.reload(); }, 1500);
          });
        }
      });
    });
  }

  // Live: when a board the person can see changes, the agenda fetches itself and swaps its
  // content, keeping the focus on the same control when it is still there.
  function setUpAgendaLive(agenda) {
    if (!window.EventSource || !agenda.dataset.live) { return; }
    var refresh = liveRefresher(agenda, function () { return window.location.pathname + window.location.search; },
      function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("agenda");
        if (!fresh) { return; }
        var active = document.activeElement;
        var focusId = active && agenda.contains(active) ? active.id : null;
        agenda.innerHTML = fresh.innerHTML;
        setUpAgenda(agenda);
        if (focusId && document.getElementById(focusId)) { document.getElementById(focusId).focus(); }
      });
    var source = new EventSource(agenda.dataset.live);
    agenda.liveSource = source;
    source.addEventListener("board-changed", refresh);
    // Marks a connected stream (tests wait for it; after a reconnect the page catches up once).
    source.addEventListener("ready", function () {
      if (agenda.dataset.liveReady === "true") { refresh(); }
      agenda.dataset.liveReady = "true";
    });
  }

  // The bell: the page's one live stream (the board's, the agenda's, or else /live) also says when
  // the person's notifications changed. The bell then fetches itself again, and a screen reader
  // hears of a new notification through the status region next to it.
  function setUpBell(source) {
    var bell = document.getElementById("bell");
    if (!bell || !window.EventSource) { return; }
    if (!source) { source = new EventSource("/live"); }
    var header = bell.closest("header");
    source.addEventListener("ready", function () { header.dataset.live = "ready"; });
    source.addEventListener("notifications-changed", function () {
      fetch("/notifications/bell", { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
        .then(function (response) {
          if (!response.ok) { throw new Error(String(response.status)); }
          return response.text();
        })
        .then(function (html) {
          var current = document.getElementById("bell");
          var template = document.createElement("template");
          template.innerHTML = html.trim();
          var fresh = template.content.firstElementChild;
          if (!current || !fresh) { return; }
          var hadFocus = document.activeElement === current;
          var before = Number(current.dataset.unread || "0");
          // The fragment cannot know which page it sits on; the bell keeps its "current page" mark.
          if (current.hasAttribute("aria-current")) { fresh.setAttribute("aria-current", current.getAttribute("aria-current")); }
          current.replaceWith(fresh);
          if (hadFocus) { fresh.focus(); }
          if (Number(fresh.dataset.unread || "0") > before) {
            document.getElementById("bell-status").textContent = fresh.getAttribute("aria-label");
          }
        })
        .catch(function () { /* the next signal tries again */ });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var agenda = document.getElementById("agenda");
    if (agenda) { setUpAgenda(agenda); setUpAgendaLive(agenda); }
    var board = document.querySelector(".board[data-board]");
    if (board) { setUpBoard(board); setUpLive(board); }
    setUpBell((board && board.liveSource) || (agenda && agenda.liveSource));
    var dialog = document.getElementById("task-dialog");
    if (dialog) {
      setUpDialog(dialog);
    } else if (/^#card-\d+$/.test(window.location.hash)) {
      // Back from a task: its card gets the focus. The fragment names no element on purpose, so
      // the browser's own fragment handling cannot move the focus away again.
      var link = document.querySelector("#task-" + window.location.hash.substring(6) + " a");
      if (link) { link.focus(); }
    }

    var name = document.getElementById("organizationName");
    var slug = document.getElementById("slug");
    if (name && slug) {
      var touched = slug.value !== "" && slug.value !== slugify(name.value);
      slug.addEventListener("input", function () { touched = slug.value !== ""; });
      name.addEventListener("input", function () {
        if (!touched) { slug.value = slugify(name.value); }
      });
    }
    // A freshly created invitation link is selected, ready to copy.
    var link = document.querySelector("input.copyable");
    if (link) {
      link.addEventListener("focus", function () { link.select(); });
    }
  });

  // Search results: arrow keys move between the hits (and from the search field to the first).
  document.addEventListener("keydown", function (event) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") { return; }
    var hits = Array.prototype.slice.call(document.querySelectorAll("a.search-hit"));
    if (!hits.length) { return; }
    var at = hits.indexOf(document.activeElement);
    if (at < 0 && document.activeElement && document.activeElement.id !== "search-page-q") { return; }
    event.preventDefault();
    var next = event.key === "ArrowDown" ? Math.min(at + 1, hits.length - 1) : Math.max(at - 1, 0);
    hits[next].focus();
  });

  // "/" jumps to the search field in the header, unless one is typing somewhere.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) { return; }
    var target = event.target;
    var tag = target && target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable)) { return; }
    var field = document.getElementById("top-search");
    if (field) {
      event.preventDefault();
      field.focus();
    }
  });
})();
