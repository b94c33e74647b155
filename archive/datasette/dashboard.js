// Added to the dashboard pages by plugin.py (extra_body_script): beside each chart's title, a
// "data" link to the canned query behind the chart, with the dashboard's filters carried over.
// SOURCES (set by plugin.py just before this): {chart slug: {url, title, params}}.
(function (sources) {
  var here = new URLSearchParams(window.location.search);
  Object.keys(sources).forEach(function (slug) {
    var source = sources[slug];
    var title = document.querySelector("#card-" + slug + " .dashboard-card-title p") ||
      document.querySelector(".dashboard-header p");
    if (!title) return;
    var params = new URLSearchParams();
    source.params.forEach(function (name) {
      if (here.get(name)) params.set(name, here.get(name));
    });
    var link = document.createElement("a");
    link.className = "chart-source";
    link.href = source.url + (params.toString() ? "?" + params.toString() : "");
    link.title = "The query behind this chart: " + source.title;
    link.textContent = "data";
    link.style.fontWeight = "normal";
    title.appendChild(document.createTextNode(" · "));
    title.appendChild(link);
  });
})(SOURCES);
