/**
 * The script `toHtml` inlines: the details panel, tables as cards (each cell labelled with its column,
 * each table in a frame that scrolls on its own should a long word still make it wider than the page),
 * and the map's zoom, pan, search, filters and highlighting. It writes with `textContent` and
 * attributes only, never markup.
 *
 * @packageDocumentation
 */

/** How far the map zooms in, as a multiple of the whole picture. */
export const MAX_ZOOM = 8;

/**
 * The page's script, as written. It reads the JSON block `#ecoweave-actor-data`
 * (`{ terms: [name, sentence | null][], actors: [id, { label, role, regions, facts:
 * [term, value][], reasons }][], gaps: id[][], suggestions: id[][], steps: id[][] }`) and the controls `networkSection` writes. Zoom and pan move one `<g>` that holds
 * the drawing (the legend stays): scale k in [1, MAX_ZOOM] about the pointer, translation clamped so
 * the picture always covers its frame. Rings and ties are matched to actors by their coordinates.
 */
const SOURCE = `
(function () {
  "use strict";
  function each(list, f) { Array.prototype.forEach.call(list, f); }
  each(document.querySelectorAll("main table:not(.heatmap)"), function (table) {
    var heads = table.querySelectorAll("thead th");
    if (heads.length === 0) return;
    var frame = document.createElement("div");
    frame.className = "scroll";
    table.parentNode.insertBefore(frame, table);
    frame.appendChild(table);
    each(table.querySelectorAll("tbody tr"), function (row) {
      each(row.children, function (cell, k) {
        if (heads[k] && heads[k].textContent) cell.setAttribute("data-label", heads[k].textContent);
      });
    });
  });
  var source = document.getElementById("ecoweave-actor-data");
  var panel = document.getElementById("actor-details-body");
  var picture = document.querySelector("#network svg.ecoweave-network");
  if (!source || !panel || !picture) return;
  var data = JSON.parse(source.textContent);
  var actors = new Map(data.actors);
  var selected = null;
  var dragged = false;
  function show(circle) {
    var actor = actors.get(circle.getAttribute("data-id"));
    if (!actor) return;
    if (selected) selected.classList.remove("selected");
    selected = circle;
    circle.classList.add("selected");
    panel.replaceChildren();
    var heading = document.createElement("h3");
    heading.textContent = actor.label;
    panel.appendChild(heading);
    var list = document.createElement("dl");
    actor.facts.forEach(function (fact) {
      var words = data.terms[fact[0]];
      var term = document.createElement("dt");
      term.textContent = words[0];
      var value = document.createElement("dd");
      value.textContent = words[1] ? words[1].replace("\\ue000", fact[1]) : fact[1];
      list.appendChild(term);
      list.appendChild(value);
    });
    panel.appendChild(list);
    if (actor.reasons.length > 0) {
      var why = document.createElement("p");
      why.textContent = panel.getAttribute("data-why");
      panel.appendChild(why);
      var reasons = document.createElement("ul");
      actor.reasons.forEach(function (reason) {
        var item = document.createElement("li");
        item.textContent = reason;
        reasons.appendChild(item);
      });
      panel.appendChild(reasons);
    }
  }
  function onEvent(event) {
    var target = event.target;
    if (target && target.classList && target.classList.contains("actor")) show(target);
  }
  picture.addEventListener("mouseover", onEvent);
  picture.addEventListener("focusin", onEvent);
  picture.addEventListener("click", function (event) { if (!dragged) onEvent(event); });

  var atPoint = new Map();
  var parts = new Map();
  function key(element, x, y) { return element.getAttribute(x) + "," + element.getAttribute(y); }
  each(picture.querySelectorAll("circle.actor"), function (circle) {
    var id = circle.getAttribute("data-id");
    atPoint.set(key(circle, "cx", "cy"), id);
    parts.set(id, [circle]);
  });
  each(picture.querySelectorAll(".actors circle:not(.actor), .labels text"), function (element) {
    var list = parts.get(element.getAttribute("data-id") || atPoint.get(key(element, "cx", "cy")));
    if (list) list.push(element);
  });
  var ties = [];
  each(picture.querySelectorAll(".ties line, .suggestions line"), function (line) {
    ties.push([line, atPoint.get(key(line, "x1", "y1")), atPoint.get(key(line, "x2", "y2"))]);
  });

  var tools = document.getElementById("map-tools");
  var search = document.getElementById("map-search");
  var roleSelect = document.getElementById("map-role");
  var regionSelect = document.getElementById("map-region");
  var status = document.getElementById("map-status");
  var clear = document.getElementById("map-clear");
  var highlight = null;
  function render() {
    var query = search.value.trim().toLocaleLowerCase();
    var role = roleSelect.value;
    var region = regionSelect ? regionSelect.value : "";
    var shown = new Set();
    actors.forEach(function (actor, id) {
      if (query && actor.label.toLocaleLowerCase().indexOf(query) < 0 && id.toLocaleLowerCase().indexOf(query) < 0) return;
      if (role && actor.role !== role) return;
      if (region && actor.regions.indexOf(region) < 0) return;
      shown.add(id);
    });
    parts.forEach(function (list, id) {
      list.forEach(function (element) {
        element.classList.toggle("off", !shown.has(id));
        element.classList.toggle("hl", highlight !== null && highlight.has(id));
      });
    });
    ties.forEach(function (tie) {
      tie[0].classList.toggle("off", !(shown.has(tie[1]) && shown.has(tie[2])));
      tie[0].classList.toggle("hl", highlight !== null && highlight.has(tie[1]) && highlight.has(tie[2]));
    });
    picture.classList.toggle("highlighting", highlight !== null);
    clear.hidden = highlight === null && !query && !role && !region;
    status.textContent = highlight === null
      ? status.getAttribute("data-shown").replace("\\ue000", String(shown.size))
      : status.getAttribute("data-highlighted").replace("\\ue000", String(highlight.size));
  }
  function unpress() {
    each(document.querySelectorAll('button.show[aria-pressed="true"]'), function (button) {
      button.setAttribute("aria-pressed", "false");
    });
  }
  search.addEventListener("input", render);
  roleSelect.addEventListener("change", render);
  if (regionSelect) regionSelect.addEventListener("change", render);
  clear.addEventListener("click", function () {
    search.value = "";
    roleSelect.value = "";
    if (regionSelect) regionSelect.value = "";
    highlight = null;
    unpress();
    render();
  });
  each(document.querySelectorAll("button.show"), function (button) {
    button.hidden = false;
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", function () {
      var on = button.getAttribute("aria-pressed") !== "true";
      var kind = button.getAttribute("data-kind");
      var ids = on && (kind === "gaps" || kind === "suggestions" || kind === "steps")
        ? data[kind][Number(button.getAttribute("data-index"))] : undefined;
      unpress();
      highlight = ids ? new Set(ids) : null;
      if (ids) button.setAttribute("aria-pressed", "true");
      render();
      if (ids) document.getElementById("network").scrollIntoView({ block: "start" });
    });
  });

  var box = picture.viewBox.baseVal;
  var stage = document.createElementNS("http://www.w3.org/2000/svg", "g");
  var legend = picture.querySelector("g.legend");
  each(Array.prototype.slice.call(picture.children), function (element) {
    if (element.tagName === "g" && element !== legend) stage.appendChild(element);
  });
  picture.insertBefore(stage, legend);
  var view = { k: 1, x: 0, y: 0 };
  function setView(k, x, y) {
    view.k = k;
    view.x = Math.min(0, Math.max(box.width * (1 - k), x));
    view.y = Math.min(0, Math.max(box.height * (1 - k), y));
    stage.setAttribute("transform", "translate(" + view.x + " " + view.y + ") scale(" + k + ")");
    picture.classList.toggle("zoomed", k > 1);
    picture.setAttribute("data-zoom", String(k));
  }
  function zoomAt(factor, x, y) {
    var k = Math.min(${MAX_ZOOM}, Math.max(1, view.k * factor));
    setView(k, x - ((x - view.x) * k) / view.k, y - ((y - view.y) * k) / view.k);
  }
  function point(event) {
    var m = picture.getScreenCTM();
    return { x: (event.clientX - m.e) / m.a, y: (event.clientY - m.f) / m.d };
  }
  picture.addEventListener("wheel", function (event) {
    event.preventDefault();
    var p = point(event);
    zoomAt(Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.002)), p.x, p.y);
  }, { passive: false });
  var pointers = new Map();
  picture.addEventListener("pointerdown", function (event) {
    pointers.set(event.pointerId, point(event));
    dragged = false;
  });
  picture.addEventListener("pointermove", function (event) {
    var last = pointers.get(event.pointerId);
    if (!last) return;
    var p = point(event);
    if (pointers.size === 1) {
      if (!dragged && Math.abs(p.x - last.x) + Math.abs(p.y - last.y) < 4 / picture.getScreenCTM().a) return;
      if (!dragged) try { picture.setPointerCapture(event.pointerId); } catch (ignored) { /* a pointer already gone */ }
      dragged = true;
      setView(view.k, view.x + p.x - last.x, view.y + p.y - last.y);
    } else {
      var other = null;
      pointers.forEach(function (q, id) { if (id !== event.pointerId) other = q; });
      var before = Math.hypot(last.x - other.x, last.y - other.y);
      if (before > 0) zoomAt(Math.hypot(p.x - other.x, p.y - other.y) / before, (p.x + other.x) / 2, (p.y + other.y) / 2);
      dragged = true;
    }
    pointers.set(event.pointerId, p);
  });
  function release(event) { pointers.delete(event.pointerId); }
  picture.addEventListener("pointerup", release);
  picture.addEventListener("pointercancel", release);
  document.getElementById("map-zoom-in").addEventListener("click", function () { zoomAt(1.5, box.width / 2, box.height / 2); });
  document.getElementById("map-zoom-out").addEventListener("click", function () { zoomAt(1 / 1.5, box.width / 2, box.height / 2); });
  document.getElementById("map-reset").addEventListener("click", function () { setView(1, 0, 0); });
  setView(1, 0, 0);
  tools.hidden = false;
  status.hidden = false;
  render();
})();
`;

/** The page's script, without the indentation that only helps reading it here. */
export const SCRIPT = SOURCE.replace(/\n\s+/g, "\n");
