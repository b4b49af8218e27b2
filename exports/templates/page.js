"use strict";
// Renders the export document embedded in #dateline-data. Report text only ever reaches the
// page through textContent and setAttribute, never as markup.
(function () {
  const data = JSON.parse(document.getElementById("dateline-data").textContent);
  const claims = new Map(data.claims.map((c) => [c.id, c]));
  const ledgers = new Map(data.casualties.map((l) => [l.id, l]));
  const kinds = Array.from(new Set(data.incidents.map((i) => i.kind))).sort();
  const state = { source: "", kinds: new Set(kinds), selected: null };
  const SVG = "http://www.w3.org/2000/svg";
  const DAY = 86400000, W = 960, PAD = 12;
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const COARSE = new Set(["week", "month", "quarter", "season", "year", "vague", "duration"]);
  const COLORS = { strike: "#c0392b", attack: "#d35400", casualties: "#8e44ad", target_count: "#b03a6f" };
  const TALKS = { no_talks: "#9aa5b1", talks_announced: "#5dade2", talks_ongoing: "#2e86c1",
    talks_suspended: "#e67e22", agreement_reached: "#27ae60", withdrawal_underway: "#1e8449",
    withdrawal_complete: "#145a32" };

  // -- building blocks ---------------------------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    return fill(node, attrs, children);
  }
  function svg(tag, attrs, ...children) {
    return fill(document.createElementNS(SVG, tag), attrs, children);
  }
  function fill(node, attrs, children) {
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value !== null && value !== undefined) node.setAttribute(key, String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
    }
    return node;
  }
  function clickable(node, action) {
    node.setAttribute("tabindex", "0");
    node.setAttribute("role", "button");
    node.addEventListener("click", action);
    node.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); action(); } });
    return node;
  }
  function ms(text) {
    const m = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d))?/.exec(text || "");
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] || 0), +(m[5] || 0)) : null;
  }
  function dayLabel(t) { const d = new Date(t); return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()]; }
  function figure(f) {
    const marks = { at_least: "≥", more_than: ">", about: "~", up_to: "≤", vague: "≈" };
    return (marks[f.qualifier] || "") + (f.value === null ? "?" : f.value);
  }
  function visible(incident) {
    return state.kinds.has(incident.kind) && (!state.source || incident.sources.includes(state.source));
  }

  // -- the shared time axis ----------------------------------------------------------------
  const moments = [];
  data.incidents.forEach((i) => { if (i.start) moments.push(ms(i.start), ms(i.end)); });
  data.escalation.day.forEach((p) => moments.push(ms(p.period), ms(p.period) + DAY));
  data.talks.history.forEach((p) => { if (p.start) moments.push(ms(p.start)); if (p.end) moments.push(ms(p.end)); });
  const known = moments.filter((t) => t !== null);
  const lo = known.length ? Math.floor(Math.min(...known) / DAY) * DAY - DAY : Date.UTC(2024, 0, 1);
  const hi = known.length ? Math.ceil(Math.max(...known) / DAY) * DAY + DAY : lo + 7 * DAY;
  const x = (t) => PAD + ((t - lo) / (hi - lo)) * (W - 2 * PAD);

  function axis(height) {
    const g = svg("g", { class: "axis" });
    const days = Math.round((hi - lo) / DAY);
    const step = Math.max(1, Math.ceil(days / 14));
    for (let t = lo; t <= hi; t += step * DAY) {
      g.append(svg("line", { x1: x(t), x2: x(t), y1: 16, y2: height }),
        svg("text", { x: x(t) + 2, y: 12 }, dayLabel(t)));
    }
    return g;
  }
  function chart(id, height, ...parts) {
    const root = svg("svg", { viewBox: `0 0 ${W} ${height}`, role: "img", "aria-label": id });
    root.append(axis(height), ...parts);
    const box = document.getElementById(id);
    box.replaceChildren(root);
    return root;
  }

  // -- the escalation timeline -------------------------------------------------------------
  function renderTimeline() {
    const shown = data.incidents.filter((i) => i.start && visible(i));
    const rowH = 34, top = 22;
    const defs = svg("defs", {}, svg("pattern", { id: "hatch", width: 6, height: 6, patternUnits: "userSpaceOnUse",
      patternTransform: "rotate(45)" }, svg("rect", { width: 2.5, height: 6, fill: "rgba(0,0,0,.35)" })));
    const rows = shown.map((incident, n) => timelineRow(incident, top + n * rowH, rowH));
    chart("timeline", top + Math.max(1, shown.length) * rowH + 6, defs, ...rows);
    if (!shown.length) document.getElementById("timeline").append(el("p", { class: "empty" }, "No incident matches the filters."));
  }
  function timelineRow(incident, y, rowH) {
    const color = COLORS[incident.kind] || "#34495e";
    const precise = !COARSE.has(incident.granularity);
    const x0 = x(ms(incident.start)), x1 = Math.max(x(ms(incident.end)), x0 + 5);
    const selected = state.selected === incident.id ? " selected" : "";
    const g = svg("g", { class: "row" + selected, "data-incident": incident.id, "data-kind": incident.kind });
    g.append(svg("rect", { class: "hit", x: 0, y: y, width: W, height: rowH - 2, fill: "transparent" }));
    const bar = { x: x0, y: y + 6, width: x1 - x0, height: rowH - 14, rx: 3, fill: color };
    g.append(svg("rect", { ...bar, class: "bar " + (precise ? "precise" : "imprecise"), stroke: color }));
    if (!precise) g.append(svg("rect", { ...bar, fill: "url(#hatch)", "pointer-events": "none" }));
    const label = `${incident.title} · ${incident.granularity}${precise ? "" : " (imprecise)"} · ${incident.sources.join(", ")}`;
    // Beside the bar when it fits, else before it; never off the chart (12px text ≈ 6.6px a character).
    const width = label.length * 6.6;
    const right = x1 + 6 + width < W - PAD;
    const lx = right ? x1 + 6 : Math.max(PAD + width, x0 - 6);
    g.append(svg("text", { x: lx, y: y + rowH / 2 + 2, "text-anchor": right ? "start" : "end" }, label));
    g.append(svg("title", {}, `${incident.start} – ${incident.end} (${incident.granularity}, ${incident.timezone})`));
    return clickable(g, () => auditIncident(incident));
  }

  // -- the escalation series ---------------------------------------------------------------
  function renderEscalation() {
    const points = data.escalation.day;
    if (!points.length) { document.getElementById("escalation").replaceChildren(el("p", { class: "empty" }, "No dated incident.")); return; }
    const height = 150, base = 140, max = Math.max(1, ...points.map((p) => Math.abs(p.score)));
    const bars = points.map((p) => {
      const t = ms(p.period), h = (Math.abs(p.score) / max) * 110;
      return svg("rect", { x: x(t) + 1, y: base - h, width: Math.max(1, x(t + DAY) - x(t) - 2), height: h,
        fill: p.score >= 0 ? "#c0392b" : "#27ae60", "data-period": p.period },
        svg("title", {}, `${p.period}: ${p.score.toFixed(2)} (${p.incidents.length} incident(s))`));
    });
    chart("escalation", height, svg("line", { x1: PAD, x2: W - PAD, y1: base, y2: base, stroke: "#999" }), ...bars);
    const peak = points.reduce((a, b) => (Math.abs(b.score) > Math.abs(a.score) ? b : a));
    document.getElementById("escalation").append(el("p", { class: "note" }, `Peak: ${peak.period}, score ${peak.score.toFixed(2)}.`));
  }

  // -- casualties --------------------------------------------------------------------------
  function renderCasualties() {
    const box = document.getElementById("casualties");
    const cards = data.incidents.filter((i) => ledgers.has(i.id) && visible(i)).map((i) => ledgerCard(i, ledgers.get(i.id)));
    box.replaceChildren(...(cards.length ? cards : [el("p", { class: "empty" }, "No casualty figures match the filters.")]));
  }
  function ledgerCard(incident, ledger) {
    const card = el("div", { class: "ledger", "data-incident": incident.id, "data-kind": incident.kind },
      el("h3", {}, incident.title), el("p", { class: "note" }, `${incident.start} – ${incident.end} (${incident.granularity})`));
    ledger.measures.forEach((m) => card.append(measureRow(m)));
    return card;
  }
  function measureRow(m) {
    const figures = m.figures.filter((f) => !f.superseded_by && (!state.source || f.source === state.source));
    const range = `${m.low ?? "?"} – ${m.best ?? "?"} – ${m.high ?? "open"}`;
    const head = el("div", {}, el("strong", {}, `${m.measure}`), ` ${m.party || "party unnamed"}`,
      el("div", { class: "range" }, `low–best–high: ${range}`, m.disputed ? el("span", { class: "disputed" }, "disputed") : null));
    const list = el("ul", { class: "figures" }, ...figures.map((f) => el("li", {},
      clickable(el("button", { class: "chip", type: "button", "data-claim": f.claim }, `${f.source}: ${figure(f)}`),
        () => auditClaims(`${m.measure}, ${f.source}`, [f.claim])))));
    return el("div", { class: "measure" }, head, el("div", {}, rangeBar(m, figures), list));
  }
  function rangeBar(m, figures) {
    const values = figures.map((f) => f.value || 0).concat([m.low || 0, m.high || 0]);
    const top = Math.max(1, ...values) * 1.15, w = 360, sx = (v) => 8 + (v / top) * (w - 16);
    const high = m.high === null ? top : m.high;
    const root = svg("svg", { viewBox: `0 0 ${w} 26`, width: w, height: 26 });
    root.append(svg("line", { x1: 8, x2: w - 8, y1: 13, y2: 13, stroke: "#ccd" }),
      svg("rect", { x: sx(m.low || 0), y: 8, width: Math.max(2, sx(high) - sx(m.low || 0)), height: 10,
        fill: m.disputed ? "#f0b27a" : "#aed6f1", "fill-opacity": m.high === null ? 0.45 : 0.9 }));
    figures.forEach((f) => root.append(svg("circle", { cx: sx(f.value || 0), cy: 13, r: 4, fill: "#1d2733" },
      svg("title", {}, `${f.source}: ${figure(f)}`))));
    return root;
  }

  // -- withdrawal talks --------------------------------------------------------------------
  function renderTalks() {
    const talks = data.talks;
    const periods = talks.history.filter((p) => !state.source || p.sources.includes(state.source));
    const band = periods.filter((p) => p.start).map((p) => {
      const x0 = x(ms(p.start)), x1 = p.end ? x(ms(p.end)) : W - PAD;
      return clickable(svg("g", { class: "row", "data-status": p.status },
        svg("rect", { x: x0, y: 24, width: Math.max(4, x1 - x0), height: 22, fill: TALKS[p.status] || "#888", rx: 3 }),
        svg("text", { x: Math.min(x0 + 4, W - PAD), y: 62, "text-anchor": x0 + 120 > W ? "end" : "start" },
          p.status.replace(/_/g, " "))), () => auditClaims(`talks: ${p.status}`, p.claims));
    });
    const box = document.getElementById("talks");
    box.replaceChildren(el("p", {}, "Status: ", el("span", { class: "status" }, talks.status), ` since ${talks.since || "unknown"}`));
    if (!periods.length) box.append(el("p", { class: "empty" }, "No claim about talks matches the filters."));
    else renderTalksHistory(box, periods, band);
    const calls = (talks.calls || []).filter((c) => !state.source || c.sources.includes(state.source));
    if (calls.length) {
      box.append(el("h3", {}, "Calls for withdrawal"), table(["Who", "When", "Sources", "Asked"], calls,
        (c) => [c.who, c.when, c.sources.join(", "), c.asked], (c) => auditClaims(`call: ${c.who}`, c.claims)));
    }
  }
  function renderTalksHistory(box, periods, band) {
    const holder = el("div", { class: "chart", id: "talks-band" });
    box.append(holder);
    chart("talks-band", 70, ...band);
    box.append(table(["Status", "From", "Until", "Sources"], periods, (p) => [p.status, p.start, p.end || "open", p.sources.join(", ")],
      (p) => auditClaims(`talks: ${p.status}`, p.claims)));
  }
  function table(headers, items, cells, action) {
    return el("table", {}, el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", {}, h)))),
      el("tbody", {}, ...items.map((item) => clickable(el("tr", { class: "clickable" }, ...cells(item).map((c) => el("td", {}, c ?? "–"))),
        () => action(item)))));
  }

  // -- the audit panel ---------------------------------------------------------------------
  function auditIncident(incident) {
    state.selected = incident.id;
    document.querySelectorAll("#timeline .row").forEach((r) => r.classList.toggle("selected", r.getAttribute("data-incident") === incident.id));
    auditClaims(incident.title, incident.claims,
      `${incident.start} – ${incident.end} (${incident.granularity}, ${incident.interval_rule}); ${incident.location || "place unknown"}`);
  }
  function auditClaims(title, ids, subtitle) {
    const chosen = ids.map((id) => claims.get(id)).filter((c) => c && (!state.source || c.publisher === state.source));
    const sources = Array.from(new Set(chosen.map((c) => c.publisher)));
    const body = document.getElementById("audit-body");
    body.replaceChildren(el("h3", {}, title), subtitle ? el("p", { class: "note" }, subtitle) : null,
      el("p", { class: "sources" }, `Sources: ${sources.join(", ") || "none shown"}`), ...chosen.map(claimCard));
  }
  function claimCard(c) {
    const when = c.when || {};
    const dated = when.start ? `“${when.expression}” → ${when.start} – ${when.end} (${when.granularity}), rule ${when.rule}` :
      (when.reason || "undated");
    const coder = c.coded_by || {};
    const coded = coder.kind === "analyst" ? `analyst ${coder.name}` : `${coder.name} ${coder.version || ""}, rule ${coder.rule}`;
    const rows = [["report", `${c.publisher}`], ["speaker", c.speaker], ["kind", `${c.kind} (${c.status})`], ["when", dated],
      ["coded by", coded]];
    if (c.figures.length) rows.push(["figures", c.figures.map((f) => `${f.measure} ${figure(f)}${f.party ? " " + f.party : ""}`).join("; ")]);
    if (c.link) rows.push(["linked", `by ${c.link.by}${c.link.score === null ? "" : ", score " + c.link.score}: ${(c.link.reasons || []).join("; ")}`]);
    if (c.sentence && c.sentence !== c.quote) rows.push(["sentence", c.sentence]);
    return el("div", { class: "claim", "data-claim": c.id }, el("div", { class: "who" }, `${c.speaker}`, el("span", { class: "badge" }, c.publisher)),
      el("blockquote", {}, c.quote), el("dl", {}, ...rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])));
  }

  // -- filters and first paint -------------------------------------------------------------
  function setUpFilters() {
    const select = document.getElementById("source-filter");
    Array.from(new Set(data.reports.map((r) => r.publisher))).sort().forEach((p) => select.append(el("option", { value: p }, p)));
    select.addEventListener("change", () => { state.source = select.value; renderAll(); });
    const box = document.getElementById("kind-filter");
    kinds.forEach((kind) => {
      const input = el("input", { type: "checkbox", value: kind, checked: "checked", "data-kind": kind });
      input.addEventListener("change", () => { input.checked ? state.kinds.add(kind) : state.kinds.delete(kind); renderAll(); });
      box.append(el("label", {}, input, ` ${kind}`));
    });
  }
  function scope() {
    const c = data.clocks, parts = [];
    if (c.as_of) parts.push(`as of ${c.as_of}`);
    if (c.recorded_by) parts.push(`recorded by ${c.recorded_by}`);
    if (c.between) parts.push(`between ${c.between[0]} and ${c.between[1]}`);
    document.getElementById("scope").textContent = `${data.incidents.length} incident(s) from ${data.reports.length} report(s); ` +
      (parts.join("; ") || "everything in the store");
  }
  function renderAll() { renderTimeline(); renderCasualties(); renderTalks(); }

  scope();
  setUpFilters();
  renderEscalation();
  renderAll();
})();
