// Optional: the page reads the same without it. Shows the band filter, and Escape closes a quotation's details.
(function () {
  "use strict";
  var controls = document.querySelector(".controls");
  var select = document.getElementById("band-filter");
  if (controls && select) {
    controls.hidden = false;
    select.addEventListener("change", function () {
      var band = select.value;
      document.querySelectorAll("[data-band]").forEach(function (el) {
        var off = band !== "" && el.getAttribute("data-band") !== band;
        if (el.tagName === "TR") {
          el.hidden = off;
        } else {
          el.classList.toggle("dimmed", off);
        }
      });
    });
  }
  document.addEventListener("keydown", function (event) {
    var active = document.activeElement;
    if (event.key === "Escape" && active && active.classList.contains("hl")) {
      active.blur();
    }
  });
})();
