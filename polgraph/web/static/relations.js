// The party-relations graph: nodes are parties, arrows coloured by stance; a fixed seed keeps the layout stable.
(function () {
  const box = document.getElementById("graph");
  if (!box || typeof vis === "undefined") return;
  const colours = {negative: "#c0392b", positive: "#1e8449", neutral: "#8e959c"};
  fetch(box.dataset.source).then(function (r) { return r.json(); }).then(function (page) {
    const nodes = new Map();
    const edges = [];
    page.rows.forEach(function (e, i) {
      nodes.set(e.from_key, {id: e.from_key, label: e.from + (e.from_country ? " (" + e.from_country + ")" : "")});
      nodes.set(e.to_key, {id: e.to_key, label: e.to + (e.to_country ? " (" + e.to_country + ")" : "")});
      const stance = e.net < 0 ? "negative" : e.net > 0 ? "positive" : "neutral";
      edges.push({id: i, from: e.from_key, to: e.to_key, arrows: "to", width: 1 + Math.log2(e.statements),
                  color: {color: colours[stance]},
                  title: e.statements + " statements: " + e.negative + " attack, " + e.positive + " support, " +
                         e.neutral + " neutral"});
    });
    const network = new vis.Network(box, {nodes: new vis.DataSet([...nodes.values()]), edges: new vis.DataSet(edges)}, {
      layout: {randomSeed: 7},
      nodes: {shape: "box", color: {background: "#eef2f7", border: "#34495e"}, font: {size: 14}},
      edges: {smooth: {type: "curvedCW", roundness: 0.15}},
      physics: {stabilization: {iterations: 300}, barnesHut: {avoidOverlap: 0.5}},
    });
    network.on("stabilizationIterationsDone", function () { network.setOptions({physics: false}); });
    network.on("doubleClick", function (params) {
      if (params.nodes.length) window.location.href = "/party/" + encodeURIComponent(params.nodes[0]);
    });
    box.dataset.ready = String(nodes.size);
  });
})();
