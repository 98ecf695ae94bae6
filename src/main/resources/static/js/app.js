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

  document.addEventListener("DOMContentLoaded", function () {
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
})();
