// Suggestions as you type: /api/search returns JSON; results are inserted as text nodes, never as HTML.
(function () {
  const input = document.getElementById("q");
  const list = document.getElementById("suggestions");
  if (!input || !list) return;
  const pages = {Person: "person", Party: "party", Organization: "organization"};
  let pending = 0;
  input.addEventListener("input", function () {
    const q = input.value.trim();
    const ticket = ++pending;
    if (q.length < 2) { list.hidden = true; list.replaceChildren(); return; }
    fetch("/api/search?limit=8&q=" + encodeURIComponent(q))
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (rows) {
        if (ticket !== pending) return;
        list.replaceChildren();
        rows.forEach(function (row) {
          const li = document.createElement("li");
          const a = document.createElement("a");
          a.href = "/" + pages[row.kind] + "/" + encodeURIComponent(row.key);
          a.textContent = row.name;
          const kind = document.createElement("span");
          kind.className = "kind";
          kind.textContent = " " + row.kind;
          li.append(a, kind);
          list.append(li);
        });
        list.hidden = rows.length === 0;
      })
      .catch(function () { list.hidden = true; });
  });
})();
