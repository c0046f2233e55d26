/* storyline story page: tabs, filters, pages of long lists, network search.
   Data comes from the JSON block #story-data; the script never writes HTML,
   only classes, the hidden flag, form values, new elements and textContent. */
(function () {
  "use strict";
  function each(selector, fn, root) {
    Array.prototype.forEach.call((root || document).querySelectorAll(selector), fn);
  }
  function has(list, value) { return (list || []).indexOf(value) >= 0; }

  /* ---- pages of long lists: [data-page-size] holds items [data-items] ---- */
  var pagers = [];
  function Pager(box) {
    this.box = box;
    this.size = Number(box.getAttribute("data-page-size")) || 50;
    this.itemSel = box.getAttribute("data-items");
    this.groupSel = box.getAttribute("data-groups");
    this.page = 0;
    var nav = document.createElement("nav");
    nav.className = "pager";
    var prev = document.createElement("button");
    var next = document.createElement("button");
    var where = document.createElement("span");
    prev.type = next.type = "button";
    prev.textContent = "\u2190 Previous";
    next.textContent = "Next \u2192";
    nav.appendChild(prev);
    nav.appendChild(where);
    nav.appendChild(next);
    var anchor = box.closest(".scroll") || box;
    anchor.parentNode.insertBefore(nav, anchor.nextSibling);
    var self = this;
    prev.addEventListener("click", function () { self.go(self.page - 1, true); });
    next.addEventListener("click", function () { self.go(self.page + 1, true); });
    this.nav = nav; this.prev = prev; this.next = next; this.where = where;
  }
  Pager.prototype.items = function () {
    return Array.prototype.filter.call(this.box.querySelectorAll(this.itemSel),
                                       function (el) { return !el.classList.contains("off"); });
  };
  Pager.prototype.go = function (page, scroll) {
    var all = this.box.querySelectorAll(this.itemSel);
    var items = this.items();
    var pages = Math.max(1, Math.ceil(items.length / this.size));
    this.page = Math.min(Math.max(page, 0), pages - 1);
    var first = this.page * this.size, last = first + this.size;
    Array.prototype.forEach.call(all, function (el) { el.hidden = true; });
    items.slice(first, last).forEach(function (el) { el.hidden = false; });
    if (this.groupSel) {
      var sel = this.itemSel;
      each(this.groupSel, function (group) {
        group.hidden = !Array.prototype.some.call(group.querySelectorAll(sel),
                                                  function (el) { return !el.hidden; });
      }, this.box);
    }
    this.nav.hidden = items.length <= this.size;
    this.prev.disabled = this.page === 0;
    this.next.disabled = this.page >= pages - 1;
    this.where.textContent = items.length ? (first + 1) + "\u2013" +
      Math.min(last, items.length) + " of " + items.length : "none";
    if (scroll) { this.box.scrollIntoView({ block: "start" }); }
  };
  Pager.prototype.reveal = function (el) {
    var index = this.items().indexOf(el);
    if (index >= 0) { this.go(Math.floor(index / this.size), false); }
  };
  each("[data-page-size]", function (box) { pagers.push(new Pager(box)); });
  function pagerOf(el) {
    for (var i = 0; i < pagers.length; i++) {
      if (pagers[i].box.contains(el)) { return pagers[i]; }
    }
    return null;
  }
  function paginate() { pagers.forEach(function (p) { p.go(0, false); }); }

  /* ---- tabs: one view at a time, chosen by the address' #fragment ---- */
  var form = document.getElementById("filters");
  var tabs = document.querySelector("nav.tabs");
  var panels = Array.prototype.slice.call(document.querySelectorAll("main > .panel"));
  function show(hash) {
    if (!tabs || !panels.length) { return; }
    var target = hash ? document.getElementById(hash.slice(1)) : null;
    var panel = target && (target.closest("main > .panel"));
    if (!panel) { panel = panels[0]; target = null; }
    if (form) { form.hidden = panel.id === "story"; }
    each("a[data-tab]", function (a) {
      var on = a.getAttribute("data-tab") === panel.id;
      a.classList.toggle("on", on);
      if (on) { a.setAttribute("aria-current", "page"); } else { a.removeAttribute("aria-current"); }
    }, tabs);
    if (target && target !== panel) {
      target.classList.remove("off");
      if (target.tagName === "DETAILS") { target.open = true; }
      var pager = pagerOf(target);
      if (pager) { pager.reveal(target); }
      target.scrollIntoView({ block: "start" });
    } else {
      window.scrollTo(0, 0);
    }
  }
  window.addEventListener("hashchange", function () { show(location.hash); });

  /* ---- filters ---- */
  var block = document.getElementById("story-data");
  var data = block ? JSON.parse(block.textContent) : {};
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
    var el = form && form.elements[name];
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
  function any(f) { return !!(f.actor || f.type || f.outlet || f.from || f.to); }
  function eventOk(e, f) {
    if (!e) { return !any(f); }
    if (f.type && e.type !== f.type) { return false; }
    if (f.actor && !has(e.source, f.actor) && !has(e.target, f.actor)) { return false; }
    if (f.outlet && !has(e.outlets, f.outlet)) { return false; }
    return dated(e.date, f);
  }
  function articleOk(a, f) {
    if (!a) { return !any(f); }
    if (f.outlet && a.outlet !== f.outlet) { return false; }
    if (f.actor && !has(a.actor_ids, f.actor)) { return false; }
    if (f.type && !has(a.types, f.type)) { return false; }
    return dated(a.published, f);
  }
  function quoteOk(q, f) {
    if (!q) { return true; }
    if (f.actor && q.speaker_id !== f.actor) { return false; }
    return (q.reports || []).some(function (r) {  /* r: [article_key, outlet] */
      if (f.outlet && r[1] !== f.outlet) { return false; }
      var a = articles[r[0]];
      if (f.type && !(a && has(a.types, f.type))) { return false; }
      return dated(a && a.published, f);
    });
  }
  function mark(selector, ok) {
    each(selector, function (el) { el.classList.toggle("off", !ok(el)); });
  }
  function count(selector, noun) {  /* "3 of 7 events"; nothing when the page has none */
    var all = document.querySelectorAll(selector);
    var on = Array.prototype.filter.call(all, function (el) {
      return !el.classList.contains("off");
    });
    return all.length ? [on.length + " of " + all.length + " " + noun] : [];
  }
  function apply() {
    var f = current();
    mark(".timeline [data-event]", function (el) {
      return eventOk(events[el.getAttribute("data-event")], f);
    });
    mark("[data-quote]", function (el) {
      return quoteOk(quotes[Number(el.getAttribute("data-quote"))], f);
    });
    mark(".docs [data-article], .article-list [data-article]", function (el) {
      return articleOk(articles[el.getAttribute("data-article")], f);
    });
    mark(".compare tr[data-actor], .actors tr[data-actor]", function (el) {
      return !f.actor || el.getAttribute("data-actor") === f.actor;
    });
    each(".compare [data-outlet]", function (el) {
      el.classList.toggle("dim", !!f.outlet && el.getAttribute("data-outlet") !== f.outlet);
    });
    each(".compare [data-event]", function (el) {
      el.classList.toggle("dim", !eventOk(events[el.getAttribute("data-event")],
                                          { actor: f.actor, type: f.type, from: f.from, to: f.to }));
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
    paginate();
    var status = document.getElementById("filter-status");
    if (status) {
      var parts = count(".timeline [data-event]", "events")
        .concat(count("[data-quote]", "quotes listed"))
        .concat(count(".docs [data-article], .article-list [data-article]", "articles"));
      status.textContent = parts.length ? "Showing " + parts.join(", ") : "";
    }
  }
  function chooseActor(id) {
    var select = form && form.elements.actor;
    if (!select) { return; }
    var known = Array.prototype.some.call(select.options, function (o) { return o.value === id; });
    select.value = known && select.value !== id ? id : "";
    apply();
  }

  /* ---- network: click to filter, search to bring in the less connected ---- */
  function bringIn(node) {  /* SVG elements have no .hidden property: use the attribute */
    node.removeAttribute("hidden");
    node.classList.add("found");
    var id = node.getAttribute("data-actor");
    each(".network .edge", function (edge) {
      var a = edge.getAttribute("data-a"), b = edge.getAttribute("data-b");
      if (a !== id && b !== id) { return; }
      var other = document.querySelector('.network .node[data-actor="' +
                                         (a === id ? b : a).replace(/"/g, "") + '"]');
      if (other && !other.hasAttribute("hidden")) { edge.removeAttribute("hidden"); }
    });
  }
  var search = document.getElementById("network-search");
  if (search) {
    search.addEventListener("change", function () {
      var q = search.value.trim().toLowerCase();
      var found = [];
      if (q) {
        each(".network .node", function (node) {
          if ((node.getAttribute("data-name") || "").toLowerCase().indexOf(q) >= 0) {
            found.push(node);
          }
        });
      }
      found.slice(0, 5).forEach(bringIn);
      var status = document.getElementById("network-status");
      if (status) {
        status.textContent = !q ? "" : found.length ? found.length + " actor" +
          (found.length === 1 ? "" : "s") + " found" : "No actor in an alliance matches";
      }
      if (found.length === 1) { chooseActor(found[0].getAttribute("data-actor")); }
    });
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
  if (form) {
    form.addEventListener("change", apply);
    form.addEventListener("input", apply);
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    form.addEventListener("submit", function (ev) { ev.preventDefault(); });
  }
  apply();
  show(location.hash);
}());
