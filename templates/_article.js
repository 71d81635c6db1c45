// Optional: the page reads the same without it. The band and source filters (their state in the
// address, so that a view can be projected again), keys to go from quotation to quotation, a
// quotation's details placed beside it, and Escape to close them.
(function () {
  "use strict";
  var BANDS = ["identified", "anonymous", "unattributed"];
  var controls = document.querySelector(".controls");
  var bandSelect = document.getElementById("band-filter");
  var sourceSelect = document.getElementById("source-filter");
  var keysBox = document.getElementById("keys");
  var state = { band: "", source: "" };

  function each(selector, action) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), action);
  }

  // --- the filters ---------------------------------------------------------------------------

  function read() {
    var query = new URLSearchParams(window.location.search);
    var band = query.get("band") || "";
    var source = query.get("source") || "";
    state.band = BANDS.indexOf(band) >= 0 ? band : "";
    state.source = source && document.querySelector('tr[data-source="' + CSS.escape(source) + '"]') ? source : "";
  }

  function write() {
    try {
      var url = new URL(window.location.href);
      ["band", "source"].forEach(function (name) {
        if (state[name]) { url.searchParams.set(name, state[name]); } else { url.searchParams.delete(name); }
      });
      window.history.replaceState(null, "", url.href);
    } catch (e) { /* a page that cannot change its address still filters */ }
  }

  function shown(el) {
    var band = el.getAttribute("data-band");
    var source = el.getAttribute("data-source");
    return (!state.band || band === state.band) && (!state.source || source === state.source);
  }

  function apply() {
    each("mark.q", function (mark) { mark.classList.toggle("dimmed", !shown(mark)); });
    each("tr[data-band]", function (row) { row.hidden = !shown(row); });
    each(".mention", function (mention) {
      mention.classList.toggle("picked", state.source !== "" && mention.getAttribute("data-source") === state.source);
    });
    if (bandSelect) { bandSelect.value = state.band; }
    if (sourceSelect) { sourceSelect.value = state.source; }
    write();
  }

  function filter(band, source) {
    state.band = band;
    state.source = source;
    apply();
  }

  if (controls) {
    controls.hidden = false;
    read();
    apply();
    if (bandSelect) {
      bandSelect.addEventListener("change", function () { filter(bandSelect.value, state.source); });
    }
    if (sourceSelect) {
      sourceSelect.addEventListener("change", function () { filter(state.band, sourceSelect.value); });
    }
    var reset = controls.querySelector(".reset");
    if (reset) { reset.addEventListener("click", function () { filter("", ""); }); }
    each("button.pick", function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var source = button.getAttribute("data-source");
        filter("", state.source === source ? "" : source);
        var first = document.querySelector('mark.q[data-source="' + CSS.escape(source) + '"], .mention[data-source="' + CSS.escape(source) + '"]');
        var target = state.source && first ? first : document.getElementById("text");
        if (target) { target.scrollIntoView({ block: "center" }); }
      });
    });
  }

  // A link to something the filter hides shows everything first, so that it lands somewhere.
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
    if (!link) { return; }
    var target = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
    if (target && (target.closest("[hidden]") || target.classList.contains("dimmed"))) {
      filter("", "");
    }
  });

  // --- a quotation's details, where the reader looks -------------------------------------------

  function place(mark) {
    var tip = mark.querySelector(":scope > .tip");
    if (!tip || getComputedStyle(tip).display === "none") { return; }
    tip.style.top = "";
    tip.style.bottom = "";
    var box = mark.getBoundingClientRect();
    var height = tip.offsetHeight;
    var room = window.innerHeight;
    var gap = 6;
    if (box.bottom + gap + height <= room) {
      tip.style.top = Math.max(box.bottom + gap, 0) + "px";
      tip.style.bottom = "auto";
    } else if (box.top - gap - height >= 0) {
      tip.style.top = (box.top - gap - height) + "px";
      tip.style.bottom = "auto";
    }
    // else: the stylesheet's place, at the bottom of the window
  }

  var open = null;
  function follow() { if (open) { place(open); } }
  document.addEventListener("focusin", function (event) {
    var mark = event.target;
    if (mark.matches && mark.matches("mark.q, mark.orphan")) {
      open = mark;
      place(mark);
    }
  });
  document.addEventListener("focusout", function () { open = null; });
  document.addEventListener("mouseover", function (event) {
    var mark = event.target.closest ? event.target.closest("mark.q") : null;
    if (mark && !mark.contains(event.relatedTarget)) { place(mark); }
  });
  document.addEventListener("mouseout", function (event) {
    var mark = event.target.closest ? event.target.closest("mark.q") : null;
    if (mark && !mark.contains(event.relatedTarget)) { mark.classList.remove("quiet"); }
  });
  window.addEventListener("scroll", follow, { passive: true });
  window.addEventListener("resize", follow);

  // --- keys ----------------------------------------------------------------------------------

  function go(step, flaggedOnly) {
    var marks = Array.prototype.filter.call(document.querySelectorAll("mark.q[id]"), function (mark) {
      return !mark.classList.contains("dimmed") && (!flaggedOnly || mark.classList.contains("flagged"));
    });
    if (!marks.length) { return; }
    var active = document.activeElement;
    var at = -1;
    if (active && active.matches && active.matches("mark.q")) {
      var number = Number(active.getAttribute("data-quote"));
      at = step > 0 ? -1 : marks.length;
      marks.forEach(function (mark, i) {
        var n = Number(mark.getAttribute("data-quote"));
        if (step > 0 && n <= number) { at = i; }
        if (step < 0 && n >= number && at === marks.length) { at = i; }
      });
    } else {
      // From the top of the window: the first quotation below it, or the last one above it.
      at = step > 0 ? -1 : marks.length;
      marks.forEach(function (mark, i) {
        var top = mark.getBoundingClientRect().top;
        if (step > 0 && top < 1) { at = i; }
        if (step < 0 && top >= 1 && at === marks.length) { at = i; }
      });
    }
    var next = marks[at + step];
    if (!next) { return; }
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: "center" });
    place(next);
  }

  function follow_link(rel) {
    var link = document.querySelector('.pager a[rel="' + rel + '"]');
    if (link) { window.location.href = link.href; }
  }

  document.addEventListener("keydown", function (event) {
    var active = document.activeElement;
    if (event.key === "Escape" && active && active.classList.contains("hl")) {
      active.classList.add("quiet");
      active.blur();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || (keysBox && !keysBox.checked)) { return; }
    var tag = active ? active.tagName : "";
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") { return; }
    var moves = { n: [1, false], p: [-1, false], N: [1, true], P: [-1, true] };
    if (moves[event.key]) {
      event.preventDefault();
      go(moves[event.key][0], moves[event.key][1]);
    } else if (event.key === "]") {
      follow_link("next");
    } else if (event.key === "[") {
      follow_link("prev");
    }
  });
})();
