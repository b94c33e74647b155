// Added to every page of the archive database by plugin.py (extra_body_script).

// Datasette 0.65 lists column descriptions above a table, a screenful for
// articles: fold them into a <details>, and show each on its header's hover.
document.querySelectorAll("dl.column-descriptions").forEach(function (dl) {
  var details = document.createElement("details");
  var summary = document.createElement("summary");
  summary.textContent = "Column descriptions";
  dl.parentNode.insertBefore(details, dl);
  details.appendChild(summary);
  details.appendChild(dl);
});
document.querySelectorAll("th[data-column-description]").forEach(function (th) {
  th.title = th.getAttribute("data-column-description");
});

// A row's own page (one article, one capture) reads as a record, one field
// under the other, instead of a one-row table wider than the screen.
if (document.body.classList.contains("row")) {
  var table = document.querySelector("table.rows-and-columns");
  var headers = table ? table.querySelectorAll("thead th") : [];
  var cells = table ? table.querySelectorAll("tbody tr:first-child td") : [];
  if (table && headers.length === cells.length) {
    var record = document.createElement("dl");
    record.className = "archive-record";
    cells.forEach(function (td, i) {
      var dt = document.createElement("dt");
      dt.textContent = headers[i].getAttribute("data-column") || headers[i].textContent.trim();
      if (headers[i].title) dt.title = headers[i].title;
      var dd = document.createElement("dd");
      dd.className = td.className;
      while (td.firstChild) dd.appendChild(td.firstChild);
      record.appendChild(dt);
      record.appendChild(dd);
    });
    var style = document.createElement("style");
    style.textContent =
      "dl.archive-record { max-width: 52em; }" +
      "dl.archive-record dt { font-weight: bold; margin-top: 0.9em; }" +
      "dl.archive-record dd { margin: 0.2em 0 0 0; }" +
      "dl.archive-record dd.col-body_text, dl.archive-record dd.col-lead { white-space: pre-wrap; }";
    document.head.appendChild(style);
    table.replaceWith(record);
  }
}
