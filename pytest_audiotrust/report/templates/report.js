(function () {
  "use strict";
  var table = document.getElementById("case-table");
  var text = document.getElementById("case-filter-text");
  var shown = document.getElementById("case-shown");
  var rows = table ? Array.prototype.slice.call(table.querySelectorAll("tbody > tr.case")) : [];
  function apply() {
    var checked = document.querySelector("input[name=verdict]:checked");
    var want = checked ? checked.value : "all";
    var query = text ? text.value.toLowerCase() : "";
    var count = 0;
    rows.forEach(function (row) {
      var ok = (want === "all" || row.getAttribute("data-verdict") === want) &&
        (!query || row.textContent.toLowerCase().indexOf(query) !== -1);
      row.hidden = !ok;
      if (ok) { count += 1; }
    });
    if (shown) { shown.textContent = String(count); }
  }
  if (text) { text.addEventListener("input", apply); }
  Array.prototype.forEach.call(document.querySelectorAll("input[name=verdict]"), function (radio) {
    radio.addEventListener("change", apply);
  });
  Array.prototype.forEach.call(document.querySelectorAll("audio"), function (audio) {
    function mark(state) {
      audio.setAttribute("data-state", state);
      var note = audio.parentNode.querySelector(".missing");
      if (note) { note.hidden = state !== "missing"; }
    }
    audio.addEventListener("loadedmetadata", function () { mark("loaded"); });
    audio.addEventListener("error", function () { mark("missing"); });
    if (audio.readyState >= 1) { mark("loaded"); }
  });
  apply();
}());
