// Nightshift operators' pages: token field, write buttons, log following, live CPU chart.
(function () {
  'use strict';
  var TOKEN_KEY = 'nightshift.token';
  var COLORS = { scheduler: '#2d7fd3', tasks: '#2e9d4d', serving: '#e0a800', monitoring: '#d58ac9', jvm: '#c9362b', other: '#8c96a0' };

  function say(text, isError) {
    var box = document.getElementById('message');
    if (box) { box.textContent = text; box.className = isError ? 'error' : ''; }
  }

  function token() { return localStorage.getItem(TOKEN_KEY) || ''; }

  function send(method, url, body) {
    var headers = { 'Authorization': 'Bearer ' + token() };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    return fetch(url, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (response) {
        return response.text().then(function (text) {
          var data = null;
          try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
          if (!response.ok) {
            var why = data && (data.detail || data.message || data.title) || text || response.statusText;
            throw new Error(response.status + ': ' + why);
          }
          return data;
        });
      });
  }

  function dagOf(element) {
    var holder = element.closest('[data-dag]');
    return holder ? holder.getAttribute('data-dag') : null;
  }

  function setUpToken() {
    var field = document.getElementById('token');
    if (!field) { return; }
    field.value = token();
    field.addEventListener('input', function () { localStorage.setItem(TOKEN_KEY, field.value.trim()); });
  }

  function setUpButtons() {
    document.querySelectorAll('button.trigger').forEach(function (button) {
      button.addEventListener('click', function () {
        var dag = dagOf(button);
        button.disabled = true;
        send('POST', '/api/v1/dags/' + encodeURIComponent(dag) + '/dagRuns', { conf: {} })
          .then(function (run) {
            say('Triggered ' + dag + ': run ' + (run && run.dag_run_id || ''));
            setTimeout(function () { location.reload(); }, 1500);
          })
          .catch(function (e) { say('Trigger of ' + dag + ' failed: ' + e.message, true); button.disabled = false; });
      });
    });
    document.querySelectorAll('button.pause').forEach(function (button) {
      button.addEventListener('click', function () {
        var dag = dagOf(button);
        var pause = button.getAttribute('data-paused') !== 'true';
        send('PATCH', '/api/v1/dags/' + encodeURIComponent(dag), { is_paused: pause })
          .then(function () { say((pause ? 'Paused ' : 'Unpaused ') + dag); setTimeout(function () { location.reload(); }, 800); })
          .catch(function (e) { say((pause ? 'Pause' : 'Unpause') + ' of ' + dag + ' failed: ' + e.message, true); });
      });
    });
    document.querySelectorAll('button.backfill-action').forEach(function (button) {
      button.addEventListener('click', function () {
        var id = button.closest('[data-backfill]').getAttribute('data-backfill');
        var action = button.getAttribute('data-action');
        send('POST', '/api/v1/backfills/' + encodeURIComponent(id) + '/' + action)
          .then(function (b) { say('Backfill ' + id + ' is ' + b.status); setTimeout(function () { location.reload(); }, 800); })
          .catch(function (e) { say('Backfill ' + id + ': ' + action + ' failed: ' + e.message, true); });
      });
    });
    document.querySelectorAll('button.rollback').forEach(function (button) {
      button.addEventListener('click', function () {
        var dataset = button.closest('[data-dataset]').getAttribute('data-dataset');
        if (!confirm('Roll ' + dataset + ' back to its previous published version?')) { return; }
        send('POST', '/api/v1/serving/' + encodeURIComponent(dataset) + '/rollback')
          .then(function (r) { say(dataset + ' now serves version ' + r.current_version); setTimeout(function () { location.reload(); }, 800); })
          .catch(function (e) { say('Rollback of ' + dataset + ' failed: ' + e.message, true); });
      });
    });
  }

  function followLog() {
    var log = document.getElementById('log');
    if (!log || log.getAttribute('data-running') !== 'true') { return; }
    var offset = Number(log.getAttribute('data-offset'));
    var timer = setInterval(function () {
      fetch(log.getAttribute('data-follow') + '&offset=' + offset)
        .then(function (r) { return r.json(); })
        .then(function (chunk) {
          log.appendChild(document.createTextNode(chunk.text));
          offset = chunk.nextOffset;
          if (!chunk.running) {
            clearInterval(timer);
            var state = document.getElementById('log-state');
            if (state) { state.textContent = chunk.state; }
          }
        })
        .catch(function () { clearInterval(timer); });
    }, 1000);
  }

  function svg(name, attrs) {
    var el = document.createElementNS('http://www.w3.org/2000/svg', name);
    Object.keys(attrs).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    return el;
  }

  // Share of one core per component between successive samples, as steps over time.
  function drawCpu(box, data) {
    var W = 900, H = 260, L = 48, B = 24, T = 10;
    var times = data.times, series = data.seconds, names = Object.keys(series);
    box.textContent = '';
    var chart = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, width: '100%', role: 'img', 'aria-label': 'CPU by component' });
    var rates = {}, at = [], max = 1;
    for (var i = 1; i < times.length; i++) {
      if (times[i] > times[i - 1]) { at.push(i); }
    }
    names.forEach(function (n) {
      rates[n] = at.map(function (i) {
        var pct = Math.max(0, (series[n][i] - series[n][i - 1]) / ((times[i] - times[i - 1]) / 1000) * 100);
        max = Math.max(max, pct);
        return pct;
      });
    });
    max = Math.ceil(max);
    var t0 = at.length ? times[at[0] - 1] : times[0], t1 = times[times.length - 1] || t0 + 1;
    function x(t) { return L + (W - L - 10) * (t - t0) / Math.max(1, t1 - t0); }
    function y(v) { return T + (H - T - B) * (1 - v / max); }
    [0, max / 2, max].forEach(function (v) {
      chart.appendChild(svg('line', { x1: L, x2: W - 10, y1: y(v), y2: y(v), stroke: '#e3e7eb' }));
      var label = svg('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 11 });
      label.textContent = v.toFixed(v < 10 ? 1 : 0) + '%';
      chart.appendChild(label);
    });
    names.forEach(function (n) {
      if (rates[n].length === 0) { return; }
      // A rate holds over the interval between two samples: draw it as a step across it.
      var points = rates[n].map(function (v, k) {
        var py = y(v).toFixed(1);
        return x(times[at[k] - 1]).toFixed(1) + ',' + py + ' ' + x(times[at[k]]).toFixed(1) + ',' + py;
      }).join(' ');
      chart.appendChild(svg('polyline', { points: points, fill: 'none', stroke: COLORS[n] || '#444', 'stroke-width': 2, 'data-component': n }));
    });
    var span = svg('text', { x: W - 10, y: H - 6, 'text-anchor': 'end', 'font-size': 11 });
    span.textContent = times.length < 2 ? 'collecting samples…' : Math.round((t1 - t0) / 1000) + ' s shown';
    chart.appendChild(span);
    box.appendChild(chart);
    var legend = document.createElement('div');
    legend.className = 'legend';
    names.forEach(function (n) {
      var last = rates[n].length ? rates[n][rates[n].length - 1] : 0;
      var item = document.createElement('span');
      item.innerHTML = '<i class="swatch c-' + n + '"></i>';
      item.appendChild(document.createTextNode(n + ' ' + last.toFixed(2) + '%'));
      legend.appendChild(item);
    });
    box.appendChild(legend);
  }

  function liveCpu() {
    var box = document.getElementById('cpu-chart');
    if (!box) { return; }
    function refresh() {
      fetch(box.getAttribute('data-source')).then(function (r) { return r.json(); })
        .then(function (data) { drawCpu(box, data); })
        .catch(function (e) { say('CPU history unavailable: ' + e.message, true); });
    }
    refresh();
    setInterval(refresh, 5000);
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpToken();
    setUpButtons();
    followLog();
    liveCpu();
  });
})();
