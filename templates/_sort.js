// Optional: the tables read the same without it. Turns the headers of sortable columns into sort buttons.
(function () {
  "use strict";
  function value(row, column) {
    var cell = row.cells[column];
    if (!cell) { return ""; }
    var given = cell.getAttribute("data-value");
    return given === null ? cell.textContent.trim() : given;
  }
  Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), function (table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, column) {
      var kind = th.getAttribute("data-sort");
      if (!kind) { return; }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var descending = th.getAttribute("aria-sort") === "ascending";
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        // Each group of rows (the headline's quotations, the body's) is sorted on its own, its title first.
        Array.prototype.forEach.call(table.tBodies, function (body) {
          var rows = Array.prototype.filter.call(body.rows, function (row) { return !row.classList.contains("group"); });
          rows.sort(function (a, b) {
            var x = value(a, column), y = value(b, column);
            var order = kind === "number" ? parseFloat(x || "0") - parseFloat(y || "0") : x.localeCompare(y);
            return descending ? -order : order;
          });
          rows.forEach(function (row) { body.appendChild(row); });
        });
      });
    });
  });
})();
