/* exokg graph view. Paper text is only ever shown through textContent: never as markup. */
(function () {
  'use strict';

  var timings = { scriptStart: performance.now() };
  var DATA = JSON.parse(document.getElementById('exokg-data').textContent);
  timings.parsed = performance.now();
  // Empty fields are left out of the data to keep big views small; put the defaults back.
  var narrowerKinds = {};  // node id -> the nodes that name it as a kind they are one of
  var measuredBy = {};  // outcome node id -> the outcome measures that measure it
  Object.keys(DATA.nodes).forEach(function (id) {
    var n = DATA.nodes[id];
    n.synonyms = n.synonyms || []; n.xrefs = n.xrefs || []; n.broader = n.broader || []; n.measures = n.measures || [];
    n.broader.forEach(function (b) { (narrowerKinds[b] = narrowerKinds[b] || []).push(id); });
    n.measures.forEach(function (m) { (measuredBy[m] = measuredBy[m] || []).push(id); });
  });
  Object.keys(DATA.edges).forEach(function (id) {
    var e = DATA.edges[id];
    e.evidence = e.evidence || []; e.documents = e.documents || []; e.contradicts = e.contradicts || [];
    e.qualifiers = e.qualifiers || {}; e.effect_link = !!e.effect_link; e.context_link = !!e.context_link;
    e.lexicon_link = !!e.lexicon_link;
  });
  var SVG_NS = 'http://www.w3.org/2000/svg';
  var RATIO_MEASURES = { OR: 1, RR: 1, HR: 1, ROR: 1 };
  var RELATION_VERBS = {
    increases: 'increases', decreases: 'decreases', regulates: 'regulates', targets: 'targets',
    carries: 'carries', derived_from: 'is derived from', participates_in: 'participates in',
    marker_for: 'is a marker for', associated_with: 'is associated with', taken_up_by: 'is taken up by',
    intervention: 'has intervention', outcome: 'has outcome', population: 'in population',
    comparator: 'compared with', organism: 'in taxon', condition: 'with condition', is_a: 'is a kind of',
    measures: 'measures'
  };
  var STATEMENTS_PER_PAGE = 40;
  var POLARITY_NAMES = { '+': 'increases (activating)', '-': 'decreases (inhibiting)', '0': 'unsigned' };
  var groupStyle = {};
  DATA.legend.forEach(function (g) { groupStyle[g.key] = g; });

  var api = window.exokgView = {
    ready: false, drawn: false, firstDrawMs: null, stable: false, data: DATA, timings: timings
  };

  // ------------------------------------------------------------------ DOM helpers (no HTML strings)
  function h(tag, props) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (key) {
        var value = props[key];
        if (value === undefined || value === null) { return; }
        if (key === 'text') { node.textContent = String(value); }
        else if (key === 'className') { node.className = value; }
        else if (key === 'on') { Object.keys(value).forEach(function (ev) { node.addEventListener(ev, value[ev]); }); }
        else { node.setAttribute(key, String(value)); }
      });
    }
    for (var i = 2; i < arguments.length; i++) { append(node, arguments[i]); }
    return node;
  }
  function append(parent, child) {
    if (child === undefined || child === null || child === false) { return; }
    if (Array.isArray(child)) { child.forEach(function (c) { append(parent, c); }); return; }
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
  function svg(tag, attrs) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }
  function safeHref(url) {
    return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
  }
  function link(text, url) {
    var href = safeHref(url);
    if (!href) { return document.createTextNode(String(text)); }
    var a = document.createElement('a');
    a.textContent = String(text);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }
  function fmt(x, digits) {
    if (x === null || x === undefined || !isFinite(x)) { return 'NA'; }
    return Number(x).toFixed(digits === undefined ? 2 : digits);
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  // ------------------------------------------------------------------ network
  var container = document.getElementById('network');
  var nodes = new vis.DataSet(DATA.vis.nodes);
  var edges = new vis.DataSet(DATA.vis.edges);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, DATA.vis.options);
  timings.network = performance.now();
  api.network = network;
  api.nodes = nodes;
  api.edges = edges;

  // Level of detail for big graphs. vis-network 9.1 draws every edge and every arrow head on each
  // frame, even off screen or a pixel wide; skip edges outside the viewport and arrow heads while
  // zoomed out too far to see them. Feature-detected: without these hooks vis draws as usual.
  var ARROW_MIN_SCALE = 0.35;
  var renderer = network.renderer;
  if (DATA.stats.lod && renderer && typeof renderer._drawEdges === 'function' &&
      typeof renderer._drawArrows === 'function') {
    var drawVisible = function (ctx, arrows) {
      var body = network.body;
      var scale = body.view.scale, t = body.view.translation, margin = 40 / scale;
      var x0 = -t.x / scale - margin, y0 = -t.y / scale - margin;
      var x1 = (container.clientWidth - t.x) / scale + margin, y1 = (container.clientHeight - t.y) / scale + margin;
      var ids = body.edgeIndices;
      for (var i = 0; i < ids.length; i++) {
        var edge = body.edges[ids[i]];
        if (edge.connected !== true) { continue; }
        var a = edge.from, b = edge.to;
        if ((a.x < x0 && b.x < x0) || (a.x > x1 && b.x > x1) || (a.y < y0 && b.y < y0) || (a.y > y1 && b.y > y1)) { continue; }
        if (arrows) { edge.drawArrows(ctx); } else { edge.draw(ctx); }
      }
    };
    renderer._drawEdges = function (ctx) { drawVisible(ctx, false); };
    renderer._drawArrows = function (ctx) { if (network.getScale() >= ARROW_MIN_SCALE) { drawVisible(ctx, true); } };
    api.levelOfDetail = true;
  }

  var nodeEdges = {};
  Object.keys(DATA.nodes).forEach(function (id) { nodeEdges[id] = []; });
  Object.keys(DATA.edges).forEach(function (eid) {
    var e = DATA.edges[eid];
    if (nodeEdges[e.from]) { nodeEdges[e.from].push(eid); }
    if (nodeEdges[e.to] && e.to !== e.from) { nodeEdges[e.to].push(eid); }
  });

  function nodeLabel(id) { return DATA.nodes[id] ? DATA.nodes[id].label : id; }

  // ------------------------------------------------------------------ legend and category filter
  function shapeIcon(shape, colour, dashed) {
    var s = svg('svg', { width: 18, height: 18, viewBox: '0 0 18 18', 'aria-hidden': 'true' });
    var stroke = { fill: colour, stroke: '#333', 'stroke-width': 1 };
    var el;
    switch (shape) {
      case 'hexagon': el = svg('polygon', Object.assign({ points: '9,1 16,5 16,13 9,17 2,13 2,5' }, stroke)); break;
      case 'star': el = svg('polygon', Object.assign({ points: '9,1 11.2,6.6 17,6.9 12.4,10.6 14,16.5 9,13.2 4,16.5 5.6,10.6 1,6.9 6.8,6.6' }, stroke)); break;
      case 'triangle': el = svg('polygon', Object.assign({ points: '9,2 16.5,16 1.5,16' }, stroke)); break;
      case 'triangleDown': el = svg('polygon', Object.assign({ points: '1.5,2 16.5,2 9,16' }, stroke)); break;
      case 'diamond': el = svg('polygon', Object.assign({ points: '9,1 17,9 9,17 1,9' }, stroke)); break;
      case 'square': el = svg('rect', Object.assign({ x: 2.5, y: 2.5, width: 13, height: 13 }, stroke)); break;
      case 'box':
        el = svg('rect', { x: 1, y: 4, width: 16, height: 10, rx: 2, fill: '#fff', stroke: '#222',
          'stroke-width': dashed ? 1.2 : 2, 'stroke-dasharray': dashed ? '3 2' : 'none' });
        break;
      default: el = svg('circle', Object.assign({ cx: 9, cy: 9, r: 7 }, stroke));
    }
    s.appendChild(el);
    return s;
  }
  function edgeIcon(colour, head, dashed, width) {
    var s = svg('svg', { width: 44, height: 14, viewBox: '0 0 44 14', 'aria-hidden': 'true' });
    s.appendChild(svg('line', { x1: 2, y1: 7, x2: head === 'bar' ? 38 : 34, y2: 7, stroke: colour,
      'stroke-width': width || 2, 'stroke-dasharray': dashed ? (typeof dashed === 'string' ? dashed : '4 3') : 'none' }));
    if (head === 'arrow') { s.appendChild(svg('polygon', { points: '42,7 33,2.5 33,11.5', fill: colour })); }
    if (head === 'bar') { s.appendChild(svg('rect', { x: 38, y: 1, width: 3.5, height: 12, fill: colour })); }
    return s;
  }

  var hiddenGroups = {};
  function buildLegend() {
    var box = document.getElementById('legend-nodes');
    DATA.legend.forEach(function (g) {
      var input = h('input', { type: 'checkbox', 'data-group': g.key });
      input.checked = true;
      input.addEventListener('change', function () {
        if (input.checked) { delete hiddenGroups[g.key]; } else { hiddenGroups[g.key] = true; }
        applyFilters();
      });
      box.appendChild(h('label', null, input, shapeIcon(g.shape, g.color), h('span', { text: g.name }),
        h('span', { className: 'count', text: g.count })));
    });
    var edgesBox = document.getElementById('legend-edges');
    var rows = [
      [edgeIcon('#1B7837', 'arrow'), 'increases / activates'],
      [edgeIcon('#C51B7D', 'bar'), 'decreases / inhibits'],
      [edgeIcon('#6F6F6F', 'arrow'), 'unsigned (carries, targets...)'],
      [edgeIcon('#6F6F6F', 'arrow', false, 5), 'wider = higher belief']
    ];
    if (Object.keys(DATA.edges).some(function (eid) { return DATA.edges[eid].relation === 'is_a'; })) {
      rows.push([edgeIcon('#B4B4B4', 'arrow', true, 1), 'is a kind of (lexicon)']);
    }
    if (Object.keys(DATA.edges).some(function (eid) { return DATA.edges[eid].relation === 'measures'; })) {
      rows.push([edgeIcon('#B4B4B4', 'arrow', '6 3', 1), 'measures (outcome measure, lexicon)']);
    }
    if (DATA.legend.some(function (g) { return g.key === 'effect'; })) {
      rows.push([edgeIcon('#9A9A9A', null, true, 1.5), 'pooled effect link']);
      rows.push([shapeIcon('box', '#fff', false), 'significant (95% CI excludes null)']);
      rows.push([shapeIcon('box', '#fff', true), 'not significant']);
    }
    rows.forEach(function (r) { edgesBox.appendChild(h('div', null, r[0], h('span', { text: r[1] }))); });
  }

  // ------------------------------------------------------------------ relation / document / belief filters
  var enabledRelations = {};
  function buildFilters() {
    var box = document.getElementById('filter-relation');
    DATA.relations.forEach(function (pair) {
      var relation = pair[0];
      enabledRelations[relation] = true;
      var input = h('input', { type: 'checkbox', 'data-relation': relation });
      input.checked = true;
      input.addEventListener('change', function () {
        enabledRelations[relation] = input.checked;
        applyFilters();
      });
      box.appendChild(h('label', null, input, h('span', { text: RELATION_VERBS[relation] || relation || 'unnamed relation' }),
        h('span', { className: 'count', text: pair[1] })));
    });
    var select = document.getElementById('filter-document');
    Object.keys(DATA.documents).sort().forEach(function (id) {
      var d = DATA.documents[id];
      var option = document.createElement('option');
      option.value = id;
      option.textContent = (d.citation ? d.citation + ': ' : '') + d.title;
      select.appendChild(option);
    });
    select.addEventListener('change', applyFilters);
    var belief = document.getElementById('filter-belief');
    belief.addEventListener('input', function () {
      document.getElementById('belief-value').textContent = fmt(Number(belief.value));
      applyFilters();
    });
    document.getElementById('reset-filters').addEventListener('click', resetFilters);
    var toggle = document.getElementById('toggle-filters');
    toggle.addEventListener('click', function () {
      var panel = document.getElementById('sidebar');
      panel.hidden = !panel.hidden;
      toggle.setAttribute('aria-expanded', String(!panel.hidden));
    });
  }

  function resetFilters() {
    hiddenGroups = {};
    document.querySelectorAll('#legend-nodes input, #filter-relation input').forEach(function (i) { i.checked = true; });
    Object.keys(enabledRelations).forEach(function (r) { enabledRelations[r] = true; });
    document.getElementById('filter-document').value = '';
    document.getElementById('filter-belief').value = '0';
    document.getElementById('belief-value').textContent = fmt(0);
    applyFilters();
  }

  var hiddenNow = { nodes: {}, edges: {} };
  function applyFilters() {
    var doc = document.getElementById('filter-document').value;
    var minBelief = Number(document.getElementById('filter-belief').value) || 0;
    var relationsOff = Object.keys(enabledRelations).some(function (r) { return !enabledRelations[r]; });
    var edgeFilter = relationsOff || doc !== '' || minBelief > 0;
    var nodeOn = {};
    Object.keys(DATA.nodes).forEach(function (id) { nodeOn[id] = !hiddenGroups[DATA.nodes[id].group]; });
    var edgeOn = {};
    var touched = {};
    Object.keys(DATA.edges).forEach(function (eid) {
      var e = DATA.edges[eid];
      var ok = nodeOn[e.from] && nodeOn[e.to];
      if (ok && e.lexicon_link) {
        ok = enabledRelations[e.relation] !== false;  // no claim: no belief, no document; it follows its entity
      } else if (ok && !e.effect_link) {
        ok = enabledRelations[e.relation] !== false && (e.belief || 0) >= minBelief - 1e-9;
      }
      if (ok && doc && !e.lexicon_link) { ok = e.documents.indexOf(doc) >= 0; }
      edgeOn[eid] = ok;
      if (ok && !e.effect_link && !e.lexicon_link) { touched[e.from] = true; touched[e.to] = true; }
    });
    if (edgeFilter) {
      // An effect node stays only while the statements around it do; its links follow it.
      Object.keys(DATA.edges).forEach(function (eid) {
        var e = DATA.edges[eid];
        if (e.effect_link && !e.context_link && edgeOn[eid] && (touched[e.to] || doc)) { touched[e.from] = true; touched[e.to] = true; }
      });
      // Population and comparator follow the effects shown; a population's taxon and condition follow it.
      for (var pass = 0; pass < 2; pass++) {
        Object.keys(DATA.edges).forEach(function (eid) {
          var e = DATA.edges[eid];
          if (e.context_link && edgeOn[eid] && touched[e.from]) { touched[e.to] = true; }
        });
      }
      // The kinds of an entity shown follow it, up the chain (M1 microglia, microglia, glial cell), as does
      // the outcome a measure shown measures.
      var lexiconLinks = Object.keys(DATA.edges).filter(function (eid) { return DATA.edges[eid].lexicon_link && edgeOn[eid]; });
      for (var grew = true; grew;) {
        grew = false;
        lexiconLinks.forEach(function (eid) {
          var e = DATA.edges[eid];
          if (touched[e.from] && !touched[e.to]) { touched[e.to] = true; grew = true; }
        });
      }
      Object.keys(nodeOn).forEach(function (id) { nodeOn[id] = nodeOn[id] && !!touched[id]; });
      Object.keys(edgeOn).forEach(function (eid) {
        var e = DATA.edges[eid];
        edgeOn[eid] = edgeOn[eid] && nodeOn[e.from] && nodeOn[e.to];
      });
    }
    var nodeUpdates = [], edgeUpdates = [], shown = 0;
    Object.keys(nodeOn).forEach(function (id) {
      var hide = !nodeOn[id];
      if (!hide) { shown++; }
      if (!!hiddenNow.nodes[id] !== hide) { nodeUpdates.push({ id: id, hidden: hide }); hiddenNow.nodes[id] = hide; }
    });
    Object.keys(edgeOn).forEach(function (eid) {
      var hide = !edgeOn[eid];
      if (!!hiddenNow.edges[eid] !== hide) { edgeUpdates.push({ id: eid, hidden: hide }); hiddenNow.edges[eid] = hide; }
    });
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
    var total = DATA.stats.nodes;
    var shownEdges = Object.keys(edgeOn).filter(function (k) { return edgeOn[k]; }).length;
    document.getElementById('stats').textContent = (shown === total ? total + ' nodes' : shown + ' of ' + total + ' nodes')
      + ' · ' + (shownEdges === DATA.stats.edges ? shownEdges : shownEdges + ' of ' + DATA.stats.edges) + ' edges';
    api.visibleNodes = shown;
    api.visibleEdges = shownEdges;
    return shown;
  }
  api.applyFilters = applyFilters;
  api.resetFilters = resetFilters;

  // ------------------------------------------------------------------ search
  var index = Object.keys(DATA.nodes).map(function (id) {
    var n = DATA.nodes[id];
    var keys = [id, n.label].concat(n.synonyms || []).concat((n.xrefs || []).map(function (x) { return x.curie; }));
    return { id: id, label: n.label, keys: keys.map(function (k) { return String(k).toLowerCase(); }) };
  });
  function search(query) {
    var q = String(query || '').trim().toLowerCase();
    if (!q) { return []; }
    var hits = [];
    index.forEach(function (entry) {
      var best = 9;
      entry.keys.forEach(function (k) {
        if (k === q) { best = Math.min(best, 0); }
        else if (k.indexOf(q) === 0) { best = Math.min(best, 1); }
        else if (k.indexOf(q) > 0) { best = Math.min(best, 2); }
      });
      if (best < 9) { hits.push([best, entry.label.length, entry.label, entry.id]); }
    });
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0); });
    return hits.slice(0, 25).map(function (hit) { return hit[3]; });
  }
  api.search = search;

  function focusNode(id, animate) {
    if (!DATA.nodes[id]) { return false; }
    if (hiddenNow.nodes[id]) { resetFilters(); }
    network.selectNodes([id]);
    var scale = Math.max(network.getScale(), DATA.stats.nodes > 300 ? 0.9 : 1.1);
    var animation = animate === false || DATA.stats.lod ? false : { duration: 450, easingFunction: 'easeInOutQuad' };
    network.focus(id, { scale: scale, animation: animation });
    showNode(id);
    api.focused = id;
    return true;
  }
  api.focusNode = focusNode;

  var searchBox = document.getElementById('search');
  var results = document.getElementById('search-results');
  var current = [];
  var active = -1;
  function renderResults() {
    clear(results);
    var q = searchBox.value;
    if (!q.trim()) { results.hidden = true; return; }
    current = search(q);
    active = current.length ? 0 : -1;
    if (!current.length) {
      results.appendChild(h('li', { className: 'empty', text: 'No node matches' }));
    }
    current.forEach(function (id, i) {
      var n = DATA.nodes[id];
      var style = groupStyle[n.group] || {};
      var item = h('li', { role: 'option', 'aria-selected': i === active ? 'true' : 'false', 'data-id': id },
        shapeIcon(style.shape, style.color), h('span', { text: n.label }), h('span', { className: 'curie', text: n.kind === 'PooledEffect' ? 'pooled effect' : id }));
      item.addEventListener('mousedown', function (ev) { ev.preventDefault(); choose(id); });
      results.appendChild(item);
    });
    results.hidden = false;
  }
  function choose(id) {
    results.hidden = true;
    focusNode(id);
  }
  function moveActive(step) {
    if (!current.length) { return; }
    active = (active + step + current.length) % current.length;
    Array.prototype.forEach.call(results.children, function (li, i) {
      li.setAttribute('aria-selected', i === active ? 'true' : 'false');
      if (i === active) { li.scrollIntoView({ block: 'nearest' }); }
    });
  }
  searchBox.addEventListener('input', renderResults);
  searchBox.addEventListener('keydown', function (ev) {
    if (ev.key === 'ArrowDown') { ev.preventDefault(); moveActive(1); }
    else if (ev.key === 'ArrowUp') { ev.preventDefault(); moveActive(-1); }
    else if (ev.key === 'Enter') {
      ev.preventDefault();
      current = search(searchBox.value);
      if (current.length) { choose(current[Math.max(active, 0)] || current[0]); }
    } else if (ev.key === 'Escape') { results.hidden = true; }
  });
  searchBox.addEventListener('blur', function () { results.hidden = true; });
  document.addEventListener('keydown', function (ev) {
    if (ev.key === '/' && document.activeElement !== searchBox) { ev.preventDefault(); searchBox.focus(); }
  });

  // ------------------------------------------------------------------ side panel
  var panel = document.getElementById('panel');
  var body = document.getElementById('panel-body');
  document.getElementById('panel-close').addEventListener('click', hidePanel);
  function hidePanel() { panel.hidden = true; api.panel = null; network.unselectAll(); }
  function openPanel(kind, id) {
    clear(body);
    panel.hidden = false;
    panel.scrollTop = 0;
    api.panel = { kind: kind, id: id };
  }

  function documentRef(docId) {
    var d = DATA.documents[docId];
    if (!d) { return document.createTextNode(docId); }
    var text = (d.citation ? d.citation + ' ' : '') + d.title;
    return link(text, d.url);
  }

  function evidenceBlock(ev) {
    var meta = h('div', { className: 'meta' }, 'Read in ', documentRef(ev.document));
    if (ev.section) { append(meta, [' · section: ', h('span', { text: ev.section })]); }
    if (ev.hedged) { meta.appendChild(h('span', { className: 'flag', text: 'hedged' })); }
    if (ev.negated) { meta.appendChild(h('span', { className: 'flag', text: 'negated' })); }
    var block = h('div', { className: 'evidence' }, h('blockquote', { text: ev.sentence }), meta);
    if (ev.citations && ev.citations.length) {
      var cites = h('div', { className: 'meta' }, 'Cites: ');
      ev.citations.forEach(function (c, i) {
        if (i) { cites.appendChild(document.createTextNode('; ')); }
        var text = '[' + c.key + ']' + (c.text ? ' ' + (c.text.length > 140 ? c.text.slice(0, 139) + '…' : c.text) : '');
        cites.appendChild(link(text, c.url));
        if (c.url && c.doi) { cites.appendChild(document.createTextNode(' (doi:' + c.doi + ')')); }
      });
      block.appendChild(cites);
    }
    return block;
  }

  function dl(rows) {
    var list = h('dl');
    rows.forEach(function (r) {
      if (r[1] === null || r[1] === undefined || r[1] === '' || (Array.isArray(r[1]) && !r[1].length)) { return; }
      list.appendChild(h('dt', { text: r[0] }));
      list.appendChild(h('dd', null, r[1]));
    });
    return list;
  }

  function kindPill(group) {
    var style = groupStyle[group] || { color: '#999', name: group };
    var pill = h('span', { className: 'kind', text: style.name });
    pill.style.background = group === 'effect' ? '#444' : style.color;
    return pill;
  }

  function joinNodes(items) {
    var out = [];
    items.forEach(function (item, i) { if (i) { out.push(', '); } out.push(item); });
    return out;
  }

  function effectsAround(id) {
    var found = [];
    (nodeEdges[id] || []).forEach(function (eid) {
      var e = DATA.edges[eid];
      if (e.effect_link) {
        var other = e.from === id ? e.to : e.from;
        if (DATA.nodes[other] && DATA.nodes[other].effect && found.indexOf(other) < 0) { found.push(other); }
      }
    });
    return found;
  }

  function showNode(id) {
    var n = DATA.nodes[id];
    if (!n) { return; }
    openPanel('node', id);
    body.appendChild(h('h2', { text: n.label }));
    body.appendChild(kindPill(n.group));
    if (n.effect) { showEffectDetails(id, n); return; }
    body.appendChild(dl([
      ['CURIE', link(n.id, n.iri)],
      ['Category', n.category],
      ['Synonyms', n.synonyms.length ? n.synonyms.join('; ') : null],
      ['Cross-refs', n.xrefs.length ? joinNodes(n.xrefs.map(function (x) { return link(x.curie, x.iri); })) : null],
      ['A kind of', n.broader.length ? joinNodes(n.broader.map(nodeButton)) : null],
      ['Narrower kinds', (narrowerKinds[id] || []).length ? joinNodes(narrowerKinds[id].map(nodeButton)) : null],
      ['Measures', n.measures.length ? joinNodes(n.measures.map(nodeButton)) : null],
      ['Measured by', (measuredBy[id] || []).length ? joinNodes(measuredBy[id].map(nodeButton)) : null],
      ['Connections', String((nodeEdges[id] || []).length)]
    ]));
    var effects = effectsAround(id);
    if (effects.length) {
      body.appendChild(h('h3', { text: 'Pooled effects (' + effects.length + ')' }));
      forestPlots(effects.map(function (eid) { return DATA.nodes[eid]; }), id).forEach(function (p) { body.appendChild(p); });
    }
    var statements = (nodeEdges[id] || []).filter(function (eid) {
      return !DATA.edges[eid].effect_link && !DATA.edges[eid].lexicon_link; });
    statements.sort(function (a, b) { return (DATA.edges[b].belief || 0) - (DATA.edges[a].belief || 0); });
    var sentences = statements.reduce(function (s, eid) {
      var e = DATA.edges[eid]; return s + (e.evidence_total || e.evidence.length); }, 0);
    body.appendChild(h('h3', { text: 'Statements (' + statements.length + ') and evidence (' + sentences + ')' }));
    // A hub can hold hundreds of sentences: show the strongest statements first, the rest on demand.
    var list = h('div');
    body.appendChild(list);
    var shown = 0;
    var more = h('button', { type: 'button', className: 'more' });
    var showMore = function () {
      statements.slice(shown, shown + STATEMENTS_PER_PAGE).forEach(function (eid) { list.appendChild(statementBlock(eid)); });
      shown = Math.min(statements.length, shown + STATEMENTS_PER_PAGE);
      var rest = statements.length - shown;
      more.textContent = 'Show ' + Math.min(rest, STATEMENTS_PER_PAGE) + ' more of ' + rest + ' remaining statements';
      more.hidden = rest <= 0;
    };
    more.addEventListener('click', showMore);
    body.appendChild(more);
    showMore();
  }

  function statementBlock(eid) {
    var e = DATA.edges[eid];
    var head = h('button', { type: 'button', className: 'statement-head', text: sentenceOf(e) });
    head.addEventListener('click', function () { network.selectEdges([eid]); showEdge(eid); });
    var meta = h('div', { className: 'meta' }, 'belief ' + fmt(e.belief) + ' · ' + e.support + (e.support === 1 ? ' study' : ' studies'));
    var block = h('div', { className: 'statement' }, head, meta);
    e.evidence.forEach(function (ev) { block.appendChild(evidenceBlock(ev)); });
    return block;
  }

  function sentenceOf(e) {
    return nodeLabel(e.from) + ' ' + (RELATION_VERBS[e.relation] || e.relation) + ' ' + nodeLabel(e.to);
  }

  function showEdge(eid) {
    var e = DATA.edges[eid];
    if (!e) { return; }
    openPanel('edge', eid);
    body.appendChild(h('h2', { text: sentenceOf(e) }));
    if (e.lexicon_link && e.relation === 'measures') {
      body.appendChild(dl([
        ['Outcome measure', nodeButton(e.from)],
        ['Measures', nodeButton(e.to)],
        ['Source', 'the lexicon (a measure that rises and falls with its outcome), not a sentence']
      ]));
      return;
    }
    if (e.lexicon_link) {
      body.appendChild(dl([
        ['Entity', nodeButton(e.from)],
        ['A kind of', nodeButton(e.to)],
        ['Source', 'the lexicon (vesicle kinds; GO and Cell Ontology ancestors), not a sentence']
      ]));
      return;
    }
    var polarityClass = e.polarity === '+' ? 'pos' : e.polarity === '-' ? 'neg' : '';
    var qualifiers = Object.keys(e.qualifiers || {}).map(function (k) { return k + ': ' + e.qualifiers[k]; }).join('; ');
    var contradicted = (e.contradicts || []).map(function (other) {
      var b = h('button', { type: 'button', className: 'statement-head', text: sentenceOf(DATA.edges[other]) });
      b.addEventListener('click', function () { network.selectEdges([other]); showEdge(other); });
      return b;
    });
    body.appendChild(dl([
      ['Subject', nodeButton(e.from)],
      ['Object', nodeButton(e.to)],
      ['Relation', e.relation],
      ['Predicate', e.predicate + (e.ro ? ' (' + e.ro + ')' : '')],
      ['Direction', h('span', { className: polarityClass, text: POLARITY_NAMES[e.polarity] || e.polarity })],
      ['Belief', e.effect_link ? null : fmt(e.belief)],
      ['Support', e.effect_link ? null : e.support + (e.support === 1 ? ' independent study' : ' independent studies')],
      ['Qualifiers', qualifiers || null],
      ['Contradicted by', contradicted.length ? contradicted : null]
    ]));
    if (e.effect_link) {
      var eff = DATA.nodes[e.from];
      if (eff && eff.effect) {
        body.appendChild(h('h3', { text: 'Pooled effect' }));
        forestPlots([eff], null).forEach(function (p) { body.appendChild(p); });
        if (eff.effect.evidence) { body.appendChild(evidenceBlock(eff.effect.evidence)); }
      }
      return;
    }
    body.appendChild(h('h3', { text: e.evidence_total
      ? 'Evidence (' + e.evidence.length + ' of ' + e.evidence_total + ' shown; all of it: exokg serve, or statements.jsonl)'
      : 'Evidence (' + e.evidence.length + ')' }));
    e.evidence.forEach(function (ev) { body.appendChild(evidenceBlock(ev)); });
  }
  api.showEdge = showEdge;
  api.showNode = showNode;

  function nodeButton(id) {
    var b = h('button', { type: 'button', className: 'statement-head', text: nodeLabel(id) });
    b.addEventListener('click', function () { focusNode(id); });
    return b;
  }

  function showEffectDetails(id, n) {
    var f = n.effect;
    var verdict = f.significant === true ? h('span', { className: 'verdict-yes', text: 'significant (95% CI excludes the null)' })
      : f.significant === false ? h('span', { className: 'verdict-no', text: 'not significant (95% CI includes the null)' })
        : 'unknown';
    body.appendChild(dl([
      ['Estimate', f.measure + ' ' + fmt(f.estimate) + ' [' + fmt(f.ci_low) + ', ' + fmt(f.ci_high) + ']'],
      ['Significant', verdict],
      ['Intervention', f.intervention ? nodeButton(f.intervention) : null],
      ['Outcome', f.outcome ? nodeButton(f.outcome) : null],
      ['Studies (k)', f.k === null ? null : String(f.k)],
      ['I²', f.i2 === null ? null : fmt(f.i2, 1) + '%'],
      ['τ²', f.tau2 === null ? null : fmt(f.tau2, 3)],
      ['p', f.p_value === null ? null : (f.p_value < 0.001 ? '< 0.001' : fmt(f.p_value, 3))],
      ['SE', f.se === null ? null : fmt(f.se, 3)],
      ['Model', [f.model, f.method].filter(Boolean).join(', ') || null],
      ['Source', f.source === 'computed' ? 'computed by exokg from study data' : f.source ? 'reported by the paper' : null],
      ['Population', f.population_id && DATA.nodes[f.population_id] ? nodeButton(f.population_id) : f.population || null],
      ['Comparator', f.comparator_id && DATA.nodes[f.comparator_id] ? nodeButton(f.comparator_id) : f.comparator || null],
      ['Subgroup', f.subgroup || null],
      ['Provenance', f.provenance || null],
      ['Publication bias', (f.bias || []).length ? biasList(f.bias) : null]
    ]));
    forestPlots([n], null).forEach(function (p) { body.appendChild(p); });
    if (f.evidence) {
      body.appendChild(h('h3', { text: 'Evidence' }));
      body.appendChild(evidenceBlock(f.evidence));
    }
    var biasEvidence = (f.bias || []).filter(function (b) { return b.evidence; });
    if (biasEvidence.length) {
      body.appendChild(h('h3', { text: 'Publication bias: where it was read' }));
      biasEvidence.forEach(function (b) { body.appendChild(evidenceBlock(b.evidence)); });
    }
  }

  // One line per check; asymmetry found is marked like a warning, none found like a pass.
  function biasList(checks) {
    var list = h('ul', { className: 'bias-checks' });
    checks.forEach(function (b) {
      var source = b.source === 'computed' ? ' (computed by exokg)' : '';
      list.appendChild(h('li', {
        className: b.asymmetry === true ? 'bias-found' : b.asymmetry === false ? 'bias-none' : '',
        text: b.summary + source
      }));
    });
    return list;
  }

  // ------------------------------------------------------------------ forest plot (inline SVG)
  function forestPlots(effectNodes, contextId) {
    var byMeasure = {};
    effectNodes.forEach(function (n) {
      var m = n.effect.measure || '?';
      (byMeasure[m] = byMeasure[m] || []).push(n);
    });
    return Object.keys(byMeasure).sort().map(function (m) { return forestPlot(m, byMeasure[m], contextId); });
  }

  // Round-number ticks inside [lo, hi] (lo/hi on the plotted scale: log for ratio measures).
  function axisTicks(lo, hi, ratio) {
    if (ratio) {
      var all = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100].map(Math.log)
        .filter(function (t) { return t >= lo && t <= hi; });
      return all.length > 5 ? all.filter(function (_, i) { return i % 2 === 0; }) : all;
    }
    var raw = (hi - lo) / 4;
    var step = Math.pow(10, Math.floor(Math.log(raw) / Math.LN10));
    if (raw / step >= 5) { step *= 5; } else if (raw / step >= 2) { step *= 2; }
    var ticks = [];
    for (var t = Math.ceil(lo / step) * step; t <= hi + 1e-9; t += step) { ticks.push(Math.abs(t) < 1e-12 ? 0 : t); }
    return ticks;
  }

  function forestPlot(measure, rows, contextId) {
    var ratio = !!RATIO_MEASURES[String(measure).toUpperCase()];
    var nullValue = ratio ? 1 : 0;
    var tf = ratio ? function (x) { return Math.log(x); } : function (x) { return x; };
    var values = [tf(nullValue)];
    rows.forEach(function (n) {
      [n.effect.estimate, n.effect.ci_low, n.effect.ci_high].forEach(function (v) {
        if (v !== null && isFinite(v) && (!ratio || v > 0)) { values.push(tf(v)); }
      });
    });
    var lo = Math.min.apply(null, values), hi = Math.max.apply(null, values);
    var pad = (hi - lo || 1) * 0.08;
    lo -= pad; hi += pad;
    var W = 420, labelW = 150, plotW = 150, rowH = 22, top = 20, bottom = 24;
    var H = 0;
    var x = function (v) { return labelW + (tf(v) - lo) / (hi - lo) * plotW; };
    // The node a row is "about": the other end of the effect from the node whose panel this is.
    var counterpart = function (f) {
      return contextId && f.intervention === contextId ? f.outcome : contextId ? f.intervention : f.outcome;
    };
    var shared = rows.every(function (n) { return counterpart(n.effect) === counterpart(rows[0].effect); });
    if (shared) { top += 16; }
    H = top + rowH * rows.length + bottom;
    var s = svg('svg', { width: W, height: H, viewBox: '0 0 ' + W + ' ' + H, role: 'img' });
    s.setAttribute('class', 'forest');
    var title = svg('title', {});
    title.textContent = 'Forest plot of pooled ' + measure + ' estimates with 95% confidence intervals';
    s.appendChild(title);
    var header = svg('text', { x: labelW + plotW / 2, y: 12, 'text-anchor': 'middle', 'font-weight': 'bold' });
    header.textContent = measure + (ratio ? ' (log scale)' : '') + ' [95% CI]';
    s.appendChild(header);
    if (shared) {
      var about = svg('text', { x: 2, y: 28, fill: '#555' });
      var first = rows[0].effect;
      about.textContent = (counterpart(first) === first.outcome ? 'Outcome: ' : 'Intervention: ') + nodeLabel(counterpart(first));
      s.appendChild(about);
    }
    var nx0 = x(nullValue);
    s.appendChild(svg('line', { x1: nx0, x2: nx0, y1: top - 4, y2: H - bottom + 2, stroke: '#888', 'stroke-dasharray': '3 3' }));
    rows.forEach(function (n, i) {
      var f = n.effect;
      var y = top + rowH * i + rowH / 2;
      var other = counterpart(f);
      var name = shared ? (f.subgroup || 'overall') : nodeLabel(other) + (f.subgroup ? ' · ' + f.subgroup : '');
      var label = svg('text', { x: 2, y: y + 4 });
      label.textContent = name.length > 24 ? name.slice(0, 23) + '…' : name;
      var full = svg('title', {});
      full.textContent = name + (f.source ? ' (' + f.source + ')' : '');
      label.appendChild(full);
      s.appendChild(label);
      var colour = f.significant === true ? '#1f1f1f' : '#8a8a8a';
      if (f.ci_low !== null && f.ci_high !== null && (!ratio || (f.ci_low > 0 && f.ci_high > 0))) {
        s.appendChild(svg('line', { x1: x(f.ci_low), x2: x(f.ci_high), y1: y, y2: y, stroke: colour, 'stroke-width': 1.6 }));
      }
      if (f.estimate !== null && (!ratio || f.estimate > 0)) {
        var size = 4 + Math.min(4, Math.sqrt(f.k || 1));
        s.appendChild(svg('rect', { x: x(f.estimate) - size / 2, y: y - size / 2, width: size, height: size,
          fill: f.significant === true ? colour : '#fff', stroke: colour, 'stroke-width': 1.4 }));
      }
      var value = svg('text', { x: labelW + plotW + 8, y: y + 4 });
      value.textContent = fmt(f.estimate) + ' [' + fmt(f.ci_low) + ', ' + fmt(f.ci_high) + ']';
      s.appendChild(value);
    });
    var axisY = H - bottom + 4;
    s.appendChild(svg('line', { x1: labelW, x2: labelW + plotW, y1: axisY, y2: axisY, stroke: '#999' }));
    axisTicks(lo, hi, ratio).forEach(function (t) {
      var v = ratio ? Math.exp(t) : t;
      var tx = x(v);
      s.appendChild(svg('line', { x1: tx, x2: tx, y1: axisY, y2: axisY + 3, stroke: '#999' }));
      var tick = svg('text', { x: tx, y: axisY + 14, 'text-anchor': 'middle', fill: '#555' });
      tick.textContent = String(Number(v.toPrecision(3)));
      s.appendChild(tick);
    });
    return s;
  }

  // ------------------------------------------------------------------ events and start-up
  network.on('click', function (params) {
    if (params.nodes && params.nodes.length) { showNode(params.nodes[0]); }
    else if (params.edges && params.edges.length) { showEdge(params.edges[0]); }
    else { hidePanel(); }
  });
  network.on('hoverNode', function () { container.style.cursor = 'pointer'; });
  network.on('blurNode', function () { container.style.cursor = 'default'; });
  network.on('hoverEdge', function () { container.style.cursor = 'pointer'; });
  network.on('blurEdge', function () { container.style.cursor = 'default'; });
  network.on('stabilizationIterationsDone', function () { api.stable = true; });
  network.once('afterDrawing', function () {
    api.drawn = true;
    api.firstDrawMs = performance.now();
    if (DATA.focus) { focusNode(DATA.focus, false); }
  });
  if (!DATA.stats.physics) { api.stable = true; }

  buildLegend();
  buildFilters();
  applyFilters();
  api.ready = true;
}());
