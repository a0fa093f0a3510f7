// gutjoint serve: the live preview, ingredient suggestions and batch progress. The pages work
// without it (the form downloads the PDF, the batch page refreshes itself).
"use strict";

(function () {
  var form = document.getElementById("handout-form");
  if (form) handoutPage(form);
  var progress = document.getElementById("batch-progress");
  if (progress) batchPage(progress);

  function handoutPage(form) {
    var status = document.getElementById("preview-status");
    var pages = document.getElementById("preview-pages");
    var box = pages.parentElement;
    var general = document.getElementById("form-errors");
    var timer = null;
    var asked = 0;

    function body() {
      return new URLSearchParams(new FormData(form)).toString();
    }

    function clearErrors() {
      form.querySelectorAll("p.error").forEach(function (p) {
        p.textContent = "";
        p.hidden = true;
      });
      form.querySelectorAll("[aria-invalid]").forEach(function (el) {
        el.removeAttribute("aria-invalid");
      });
      general.textContent = "";
      general.hidden = true;
    }

    function showProblems(problems) {
      problems.forEach(function (p) {
        var key = p.field ? p.field.split("[")[0] : null;
        var text = p.message + (p.hint ? " (" + p.hint + ")" : "");
        var slot = key ? document.getElementById("error-" + key) : null;
        if (slot) {
          slot.textContent = (slot.textContent ? slot.textContent + " " : "") + text;
          slot.hidden = false;
          var input = form.querySelector("[aria-describedby~='error-" + key + "']");
          if (input) input.setAttribute("aria-invalid", "true");
        } else {
          var line = document.createElement("p");
          line.textContent = text;
          general.appendChild(line);
          general.hidden = false;
        }
      });
    }

    function refresh() {
      var n = ++asked;
      box.classList.add("busy");
      status.textContent = "Making the preview…";
      fetch("/preview", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: body(),
        credentials: "same-origin"
      }).then(function (response) {
        return response.json().then(function (json) { return { ok: response.ok, json: json }; });
      }).then(function (r) {
        if (n !== asked) return;
        box.classList.remove("busy");
        clearErrors();
        if (!r.ok) {
          showProblems(r.json.problems || []);
          status.textContent = "No preview: " + r.json.error + ". See the messages beside the fields.";
          return;
        }
        showProblems(r.json.warnings || []);
        pages.textContent = "";
        for (var i = 1; i <= r.json.pages; i++) {
          var img = document.createElement("img");
          img.src = "/preview/" + r.json.id + "/" + i;
          img.alt = "Page " + i + " of " + r.json.pages;
          img.loading = i <= 2 ? "eager" : "lazy";
          img.width = 744;
          img.height = 1052;
          pages.appendChild(img);
        }
        status.textContent = r.json.pages + " pages. Download the PDF to print them.";
      }).catch(function () {
        if (n !== asked) return;
        box.classList.remove("busy");
        status.textContent = "The preview could not be made. Is gutjoint serve still running?";
      });
    }

    function later() {
      clearTimeout(timer);
      timer = setTimeout(refresh, 700);
    }

    form.addEventListener("input", later);
    form.addEventListener("change", later);
    var button = document.getElementById("refresh");
    button.hidden = false;
    button.addEventListener("click", refresh);
    suggest(document.getElementById("f-avoid"), document.getElementById("ingredient-names"));
    refresh();
  }

  // Suggests ingredient names for the last of the comma-separated words typed.
  function suggest(input, list) {
    if (!input || !list) return;
    var names = Array.prototype.map.call(list.options, function (o) { return o.value; });
    input.addEventListener("input", function () {
      var parts = input.value.split(",");
      var last = parts.pop().trim().toLowerCase();
      var before = parts.map(function (s) { return s.trim(); }).filter(Boolean);
      var prefix = before.length ? before.join(", ") + ", " : "";
      var found = names.filter(function (n) { return last && n.toLowerCase().indexOf(last) !== -1; });
      found.sort(function (a, b) {
        return (a.toLowerCase().indexOf(last) === 0 ? 0 : 1) - (b.toLowerCase().indexOf(last) === 0 ? 0 : 1) || a.length - b.length;
      });
      list.textContent = "";
      found.slice(0, 20).forEach(function (n) {
        var o = document.createElement("option");
        o.value = prefix + n;
        list.appendChild(o);
      });
    });
  }

  function batchPage(progress) {
    var url = progress.getAttribute("data-status");
    var summary = document.getElementById("batch-summary");
    var rows = document.getElementById("batch-rows");
    var zip = document.getElementById("batch-zip");
    function cell(text, cls) {
      var td = document.createElement("td");
      if (cls) td.className = cls;
      td.textContent = text;
      return td;
    }
    function poll() {
      fetch(url, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (json) {
        summary.textContent = json.summary;
        rows.textContent = "";
        json.rows.forEach(function (row) {
          var tr = document.createElement("tr");
          tr.className = "state-" + row.state;
          tr.setAttribute("data-line", row.line);
          tr.appendChild(cell(String(row.line)));
          tr.appendChild(cell(row.name || "—"));
          var result = row.state === "done" ? row.file : row.state === "failed"
            ? row.problems.map(function (p) { return p.message + (p.hint ? " (" + p.hint + ")" : ""); }).join(" ")
            : "Waiting";
          tr.appendChild(cell(result));
          rows.appendChild(tr);
        });
        if (json.finished) {
          zip.hidden = false;
        } else {
          setTimeout(poll, 600);
        }
      }).catch(function () {
        setTimeout(poll, 2000);
      });
    }
    if (progress.getAttribute("data-finished") !== "true") poll();
  }
})();
