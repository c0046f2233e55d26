/* storyline story page: filters and network highlighting.
   Data comes from the JSON block #story-data; the script never writes HTML,
   only classes, the hidden flag, form values and textContent. */
(function () {
  "use strict";
  var block = document.getElementById("story-data");
  var form = document.getElementById("filters");
  if (!block || !form) { return; }
  var data = JSON.parse(block.textContent);

  function index(rows, key) {
    var out = Object.create(null);
    (rows || []).forEach(function (row) { out[row[key]] = row; });
    return out;
  }
  var events = index(data.events, "event_id");
  var articles = index(data.articles, "article_key");
  var quotes = data.quotes || [];
  var neighbours = Object.create(null);
  (data.alliances || []).forEach(function (row) {
    (neighbours[row.a] = neighbours[row.a] || []).push(row.b);
    (neighbours[row.b] = neighbours[row.b] || []).push(row.a);
  });

  function field(name) {
    var el = form.elements[name];
    return el ? el.value : "";
  }
  function current() {
    return { actor: field("actor"), type: field("type"), outlet: field("outlet"),
             from: field("from"), to: field("to") };
  }
  function dated(date, f) {
    if (!f.from && !f.to) { return true; }
    if (!date) { return false; }
    var day = String(date).slice(0, 10);
    var first = f.from, last = f.to;
    if (day.length < 10) {  /* a month or a year overlaps the range */
      first = first && first.slice(0, day.length);
      last = last && last.slice(0, day.length);
    }
    return (!first || day >= first) && (!last || day <= last);
  }
  function has(list, value) { return (list || []).indexOf(value) >= 0; }

  function eventOk(e, f) {
    if (!e) { return !f.actor && !f.type && !f.outlet && !f.from && !f.to; }
    if (f.type && e.type !== f.type) { return false; }
    if (f.actor && !has(e.source, f.actor) && !has(e.target, f.actor)) { return false; }
    if (f.outlet && !(e.mentions || []).some(function (m) { return m.outlet === f.outlet; })) {
      return false;
    }
    return dated(e.date, f);
  }
  function articleOk(a, f) {
    if (!a) { return !f.actor && !f.type && !f.outlet && !f.from && !f.to; }
    if (f.outlet && a.outlet !== f.outlet) { return false; }
    if (f.actor && !has(a.actor_ids, f.actor)) { return false; }
    if (f.type && !has(a.types, f.type)) { return false; }
    return dated(a.published, f);
  }
  function quoteOk(q, f) {
    if (!q) { return true; }
    if (f.outlet && q.outlet !== f.outlet) { return false; }
    if (f.actor && q.speaker_id !== f.actor) { return false; }
    var a = articles[q.article_key];
    if (f.type && !(a && has(a.types, f.type))) { return false; }
    return dated(a && a.published, f);
  }

  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  }
  function toggleGroups(groupSelector, itemSelector) {
    each(groupSelector, function (group) {
      var items = group.querySelectorAll(itemSelector);
      var shown = Array.prototype.some.call(items, function (el) { return !el.hidden; });
      group.hidden = items.length > 0 && !shown;
    });
  }
  function count(selector) {
    var all = document.querySelectorAll(selector);
    var shown = Array.prototype.filter.call(all, function (el) { return !el.hidden; });
    return shown.length + " of " + all.length;
  }

  function apply() {
    var f = current();
    each(".timeline [data-event]", function (el) {
      el.hidden = !eventOk(events[el.getAttribute("data-event")], f);
    });
    toggleGroups(".timeline .day", "[data-event]");
    each("[data-quote]", function (el) {
      el.hidden = !quoteOk(quotes[Number(el.getAttribute("data-quote"))], f);
    });
    toggleGroups(".speaker", "[data-quote]");
    each("[data-article]", function (el) {
      el.hidden = !articleOk(articles[el.getAttribute("data-article")], f);
    });
    each(".compare [data-outlet]", function (el) {
      el.classList.toggle("off", !!f.outlet && el.getAttribute("data-outlet") !== f.outlet);
    });
    each(".compare [data-event]", function (el) {
      el.classList.toggle("off", !eventOk(events[el.getAttribute("data-event")],
                                          { actor: f.actor, type: f.type, from: f.from, to: f.to }));
    });
    each(".compare tr[data-actor], .actors tr[data-actor]", function (el) {
      el.hidden = !!f.actor && el.getAttribute("data-actor") !== f.actor;
    });
    var near = f.actor ? (neighbours[f.actor] || []) : [];
    each(".network .node", function (el) {
      var id = el.getAttribute("data-actor");
      el.classList.toggle("selected", id === f.actor);
      el.classList.toggle("dim", !!f.actor && id !== f.actor && !has(near, id));
    });
    each(".network .edge", function (el) {
      var a = el.getAttribute("data-a"), b = el.getAttribute("data-b");
      var off = (f.actor && a !== f.actor && b !== f.actor) ||
                (f.type && el.getAttribute("data-relation") !== f.type);
      el.classList.toggle("dim", !!off);
    });
    var status = document.getElementById("filter-status");
    if (status) {
      status.textContent = "Showing " + count(".timeline [data-event]") + " events, " +
        count("[data-quote]") + " quotes, " + count("[data-article]") + " articles";
    }
  }

  function chooseActor(id) {
    var select = form.elements.actor;
    if (!select) { return; }
    var known = Array.prototype.some.call(select.options, function (o) { return o.value === id; });
    select.value = known && select.value !== id ? id : "";
    apply();
  }
  each(".network .node", function (el) {
    el.addEventListener("click", function () { chooseActor(el.getAttribute("data-actor")); });
    el.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") {
        ev.preventDefault();
        chooseActor(el.getAttribute("data-actor"));
      }
    });
  });
  form.addEventListener("change", apply);
  form.addEventListener("input", apply);
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); });
  apply();
}());
