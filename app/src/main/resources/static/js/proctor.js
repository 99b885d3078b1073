// Proctor's live view (监考): fills the candidate table from the live JSON, refreshes it every 10 s, counts the time
// left down locally between refreshes from the server's numbers, and sends the per-candidate actions with a reason.
(function () {
  'use strict';
  var root = document.getElementById('proctor');
  if (!root) { return; }
  var REFRESH_MS = 10000;
  var liveUrl = root.dataset.liveUrl;
  var actionUrl = root.dataset.actionUrl;
  var tbody = document.querySelector('#candidates tbody');
  var csrf = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  var texts = {};
  document.querySelectorAll('#proctor-texts [data-key]').forEach(function (el) { texts[el.dataset.key] = el.textContent; });
  var data = null;          // the last live JSON
  var receivedAt = 0;       // Date.now() when it arrived
  var expanded = {};        // candidateId -> true while its event list is open
  var current = null;       // {action, row} of the open modal

  function t(key, a, b) {
    var s = texts[key] || key;
    return s.replace('{0}', a === undefined ? '' : a).replace('{1}', b === undefined ? '' : b);
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function elapsed() { return (Date.now() - receivedAt) / 1000; }
  function pad(n) { return n < 10 ? '0' + n : '' + n; }
  function clock(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    var h = Math.floor(s / 3600);
    var m = Math.floor((s % 3600) / 60);
    return (h > 0 ? h + ':' + pad(m) : '' + m) + ':' + pad(s % 60);
  }
  function ago(iso) {
    if (!iso) { return t('never'); }
    var s = Math.max(0, Math.floor((Date.parse(data.serverNow) - Date.parse(iso)) / 1000 + elapsed()));
    if (s < 60) { return t('secondsAgo', s); }
    if (s < 3600) { return t('minutesAgo', Math.floor(s / 60)); }
    return t('hoursAgo', Math.floor(s / 3600));
  }
  function timeOfDay(iso) {
    var d = new Date(iso);
    return pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds());
  }
  function kindLabel(ev) { return texts['kind.' + ev.kind] || ev.label; }

  function matches(r) {
    var state = document.getElementById('filter-state').value;
    var text = document.getElementById('filter-text').value.trim().toLowerCase();
    if (state && r.state !== state) { return false; }
    if (document.getElementById('filter-offline').checked && !(r.state === 'IN_PROGRESS' && !r.online)) { return false; }
    if (document.getElementById('filter-events').checked && r.events.length === 0) { return false; }
    return !text || r.displayName.toLowerCase().indexOf(text) >= 0 || r.employeeNo.toLowerCase().indexOf(text) >= 0;
  }

  function stateCell(r) {
    var td = el('td');
    var cls = r.state === 'IN_PROGRESS' ? 'text-bg-primary' : r.state === 'SUBMITTED' ? 'text-bg-success' : 'text-bg-secondary';
    td.appendChild(el('span', 'badge state ' + cls, t('state.' + r.state)));
    if (r.attempts > 1) { td.appendChild(el('div', 'small text-muted', t('attempts', r.attempts))); }
    return td;
  }
  function progressCell(r) {
    var td = el('td', 'progress-cell');
    var pct = r.questions > 0 ? Math.round(100 * r.answered / r.questions) : 0;
    var bar = el('div', 'progress');
    bar.style.height = '.5rem';
    bar.style.minWidth = '6rem';
    bar.setAttribute('role', 'progressbar');
    bar.setAttribute('aria-valuenow', String(pct));
    bar.setAttribute('aria-valuemin', '0');
    bar.setAttribute('aria-valuemax', '100');
    var fill = el('div', 'progress-bar');
    fill.style.width = pct + '%';
    bar.appendChild(fill);
    td.appendChild(el('span', 'small progress-count', r.answered + ' / ' + r.questions));
    td.appendChild(bar);
    return td;
  }
  function eventsCell(r) {
    var td = el('td', 'events');
    if (r.events.length === 0) {
      td.appendChild(el('span', 'text-muted small', t('noEvents')));
      return td;
    }
    td.appendChild(el('span', 'badge text-bg-danger event-count', String(r.events.length)));
    var kinds = [];
    r.events.forEach(function (ev) { if (kinds.indexOf(kindLabel(ev)) < 0 && kinds.length < 2) { kinds.push(kindLabel(ev)); } });
    td.appendChild(el('span', 'small ms-1', kinds.join(texts.listSeparator || '、')));
    var toggle = el('button', 'btn btn-link btn-sm p-0 ms-1 toggle-events', t('showEvents'));
    toggle.type = 'button';
    toggle.dataset.candidate = r.candidateId;
    toggle.setAttribute('aria-expanded', expanded[r.candidateId] ? 'true' : 'false');
    td.appendChild(toggle);
    if (expanded[r.candidateId]) {
      var ul = el('ul', 'small mb-0 ps-3 event-list');
      r.events.forEach(function (ev) {
        ul.appendChild(el('li', null, timeOfDay(ev.at) + ' ' + kindLabel(ev) + (ev.detail ? (texts.detailSeparator || '：') + ev.detail : '')));
      });
      td.appendChild(ul);
    }
    return td;
  }
  function actionButton(action, r, cls) {
    var b = el('button', 'btn btn-sm ' + cls + ' action', t(action));
    b.type = 'button';
    b.dataset.action = action;
    b.dataset.candidate = r.candidateId;
    return b;
  }
  function rowFor(r) {
    var tr = el('tr');
    tr.dataset.candidate = r.candidateId;
    tr.dataset.state = r.state;
    tr.appendChild(el('td', 'employee-no', r.employeeNo));
    tr.appendChild(el('td', 'name', r.displayName));
    tr.appendChild(el('td', 'small', r.orgUnit));
    tr.appendChild(stateCell(r));
    tr.appendChild(progressCell(r));
    tr.appendChild(el('td', 'small last-save', ago(r.lastSaveAt)));
    var conn = el('td');
    if (r.state === 'IN_PROGRESS') {
      conn.appendChild(el('span', 'badge connection ' + (r.online ? 'text-bg-success' : 'text-bg-warning'), t(r.online ? 'online' : 'offline')));
    }
    tr.appendChild(conn);
    tr.appendChild(eventsCell(r));
    tr.appendChild(el('td', 'time-left font-monospace', r.secondsLeft === null ? '' : clock(r.secondsLeft)));
    tr.appendChild(el('td', 'small extra', r.extraMinutes > 0 ? t('extraMinutes', r.extraMinutes) : ''));
    tr.appendChild(el('td', 'small submit-reason', r.submitReason ? (texts['reason.' + r.submitReason] || r.submitReason) : ''));
    var actions = el('td', 'text-nowrap');
    // extra time means nothing to someone who has handed in: re-open first, then extend
    if (r.state !== 'SUBMITTED') { actions.appendChild(actionButton('extend', r, 'btn-outline-primary')); }
    if (r.state === 'SUBMITTED') { actions.appendChild(actionButton('reopen', r, 'btn-outline-secondary ms-1')); }
    if (r.state === 'IN_PROGRESS') { actions.appendChild(actionButton('force-submit', r, 'btn-outline-danger ms-1')); }
    tr.appendChild(actions);
    return tr;
  }

  function render() {
    if (!data) { return; }
    var c = data.counts;
    document.getElementById('count-not-started').textContent = c.notStarted;
    document.getElementById('count-in-progress').textContent = c.inProgress;
    document.getElementById('count-submitted').textContent = c.submitted;
    document.getElementById('count-offline').textContent = c.offline;
    document.getElementById('count-events').textContent = c.withEvents;
    var shown = data.rows.filter(matches);
    var fragment = document.createDocumentFragment();
    shown.forEach(function (r) { fragment.appendChild(rowFor(r)); });
    tbody.replaceChildren(fragment);
    document.getElementById('shown-count').textContent = t('shown', shown.length, data.rows.length);
    var note = document.getElementById('empty-note');
    note.textContent = data.rows.length === 0 ? t('noneEnrolled') : shown.length === 0 ? t('empty') : '';
    note.classList.toggle('d-none', shown.length > 0);
  }

  // between refreshes: count the time down and age the "last save" texts from the server's numbers
  function tick() {
    if (!data) { return; }
    var byId = {};
    data.rows.forEach(function (r) { byId[r.candidateId] = r; });
    tbody.querySelectorAll('tr[data-candidate]').forEach(function (tr) {
      var r = byId[tr.dataset.candidate];
      if (!r) { return; }
      if (r.secondsLeft !== null) { tr.querySelector('.time-left').textContent = clock(r.secondsLeft - elapsed()); }
      tr.querySelector('.last-save').textContent = ago(r.lastSaveAt);
    });
  }

  function refresh() {
    return fetch(liveUrl, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (res) {
        if (!res.ok) { throw new Error('HTTP ' + res.status); }
        return res.json();
      })
      .then(function (json) {
        data = json;
        receivedAt = Date.now();
        render();
        document.getElementById('last-refresh').textContent = timeOfDay(new Date().toISOString());
        document.getElementById('refresh-warning').classList.add('d-none');
      })
      .catch(function () {
        document.getElementById('refresh-warning').classList.remove('d-none');
      });
  }

  // ---- actions ----
  var modalEl = document.getElementById('action-modal');
  var form = document.getElementById('action-form');
  var errorBox = document.getElementById('action-error');
  function modal() { return window.bootstrap.Modal.getOrCreateInstance(modalEl); }
  function showError(text) {
    errorBox.textContent = text;
    errorBox.classList.remove('d-none');
  }
  function openAction(action, candidateId) {
    var r = data.rows.filter(function (x) { return String(x.candidateId) === String(candidateId); })[0];
    if (!r) { return; }
    current = { action: action, row: r };
    document.getElementById('action-title').textContent = t(action);
    document.getElementById('action-candidate').textContent = r.employeeNo + ' ' + r.displayName;
    document.getElementById('action-help').textContent = t('help.' + action);
    document.getElementById('action-minutes-group').classList.toggle('d-none', action === 'force-submit');
    document.getElementById('action-reason').value = '';
    errorBox.classList.add('d-none');
    modal().show();
  }
  modalEl.addEventListener('shown.bs.modal', function () { document.getElementById('action-reason').focus(); });
  tbody.addEventListener('click', function (e) {
    var button = e.target.closest('button');
    if (!button) { return; }
    if (button.classList.contains('toggle-events')) {
      expanded[button.dataset.candidate] = !expanded[button.dataset.candidate];
      render();
    } else if (button.classList.contains('action')) {
      openAction(button.dataset.action, button.dataset.candidate);
    }
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (!current) { return; }
    var reason = document.getElementById('action-reason').value.trim();
    if (!reason) { showError(t('reasonRequired')); return; }
    var body = { reason: reason };
    if (current.action !== 'force-submit') { body.minutes = Number(document.getElementById('action-minutes').value); }
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (csrf && csrfHeader) { headers[csrfHeader.content] = csrf.content; }
    var submit = document.getElementById('action-submit');
    submit.disabled = true;
    fetch(actionUrl + current.row.candidateId + '/' + current.action,
      { method: 'POST', headers: headers, credentials: 'same-origin', body: JSON.stringify(body) })
      .then(function (res) {
        return res.json().catch(function () { return {}; }).then(function (json) {
          if (!res.ok) { throw new Error(json.detail || t('failed') + ' (HTTP ' + res.status + ')'); }
          return json;
        });
      })
      .then(function () {
        modal().hide();
        current = null;
        return refresh();
      })
      .catch(function (err) { showError(err.message); })
      .then(function () { submit.disabled = false; });
  });

  ['filter-state', 'filter-offline', 'filter-events'].forEach(function (id) {
    document.getElementById(id).addEventListener('change', render);
  });
  document.getElementById('filter-text').addEventListener('input', render);
  document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); });

  refresh();
  setInterval(refresh, REFRESH_MS);
  setInterval(tick, 1000);
}());
