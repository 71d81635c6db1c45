// Optional: the index reads the same without it. A search box that shows only the articles it matches.
(function () {
  "use strict";
  var controls = document.querySelector(".controls");
  var input = document.getElementById("search");
  var table = document.getElementById("articles");
  if (!controls || !input || !table) { return; }
  var status = document.getElementById("search-status");
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  function plain(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var words = rows.map(function (row) { return plain(row.cells[0].textContent); });
  function apply() {
    var wanted = plain(input.value.trim()).split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row, i) {
      var hit = wanted.every(function (w) { return words[i].indexOf(w) >= 0; });
      row.hidden = !hit;
      shown += hit ? 1 : 0;
    });
    status.textContent = shown === 0 ? status.getAttribute("data-none") : "";
    try {
      var url = new URL(window.location.href);
      if (input.value.trim()) { url.searchParams.set("q", input.value.trim()); } else { url.searchParams.delete("q"); }
      window.history.replaceState(null, "", url.href);
    } catch (e) { /* a page that cannot change its address still filters */ }
  }
  controls.hidden = false;
  input.value = new URLSearchParams(window.location.search).get("q") || "";
  input.addEventListener("input", apply);
  apply();
})();
