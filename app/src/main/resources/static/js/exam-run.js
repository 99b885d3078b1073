// Exam page, part 3 of 3: loads the sheet, keeps the countdown to the server's deadline (offset = server time -
// local time, renewed at every clock tick), hands in at zero or after the summary, keyboard shortcuts, and the
// integrity events (leaving the page, leaving full screen, pasting).
(function () {
  'use strict';
  var ns = window.JiandingExam;
  if (!ns || !ns.page) { return; }
  var p = ns.page;
  var state = p.state;
  var T = p.texts;
  var root = p.root;
  var $ = function (id) { return document.getElementById(id); };
  var TICK = Number(root.dataset.tick) || 20000;
  var timeFormat = new Intl.DateTimeFormat(root.dataset.lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: root.dataset.zone || undefined, month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false
  });
  var timers = [];
  var submitDelay = 0;

  function serverNow() { return Date.now() + state.offset; }
  function learnClock(serverIso, sentAt) {
    var receivedAt = Date.now();
    state.offset = Date.parse(serverIso) - (sentAt + receivedAt) / 2;
  }
  function setDeadline(iso, announce) {
    var ms = Date.parse(iso);
    if (ms === state.deadline) { return; }
    var changed = state.deadline && ms !== state.deadline;
    state.deadline = ms;
    var d = $('deadline');
    d.textContent = p.fmt(T.deadline, timeFormat.format(new Date(ms)));
    d.dataset.deadline = iso;
    if (changed && announce) {
      var n = $('deadline-notice');
      n.textContent = p.fmt(T.deadlineChanged, timeFormat.format(new Date(ms)));
      p.show('deadline-notice', true);
    }
    if (ms > serverNow()) { state.ending = false; }
  }

  p.connection = function (s) {
    if (state.ended) { return; }
    p.show('offline-banner', s === 'offline');
    p.show('session-lost-banner', s === 'sessionLost');
  };

  // ---- the clock
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function showClock() {
    if (state.ended || !state.deadline) { return; }
    var left = Math.max(0, state.deadline - serverNow());
    var s = Math.floor(left / 1000);
    var clock = $('clock');
    clock.textContent = (s >= 3600 ? Math.floor(s / 3600) + ':' : '') + pad(Math.floor(s / 60) % 60) + ':' + pad(s % 60);
    clock.dataset.remaining = String(s);
    clock.classList.toggle('low', s < 300);
    if (left <= 0 && !state.halted) { timeUp(); }
  }
  p.tick = function () {
    if (state.ended) { return; }
    var sentAt = Date.now();
    p.api.call('GET', '/clock').then(function (res) {
      if (res.status !== 200 || !res.body) {
        if (res.status === 401 || res.status === 403) { p.connection('sessionLost'); }
        return;
      }
      learnClock(res.body.serverNow, sentAt);
      if (p.queue.size() === 0) { p.connection('online'); }
      setDeadline(res.body.deadline, true);
      if (res.body.status === 'SUBMITTED') { submitted(); }
      else if (res.body.superseded) { otherDevice(); }
      else if (state.deadline <= serverNow() + 1000 && !state.halted) { timeUp(); }
    }, function () { p.connection('offline'); });
  };

  // ---- hand-in
  function timeUp() {
    if (state.ending || state.ended) { return; }
    state.ending = true;
    var n = $('deadline-notice');
    n.textContent = T.timeUp;
    p.show('deadline-notice', true);
    p.flushAllTyping();
    p.queue.drain(5000).then(handIn);
  }
  function handIn() {
    if (state.ended) { return; }
    p.api.call('POST', '/submit').then(function (res) {
      if (res.status === 200 && res.body && res.body.status === 'SUBMITTED') { submitted(); return; }
      if (res.status === 200 && res.body) { setDeadline(res.body.deadline, true); state.ending = false; return; }
      if (res.status === 409) {
        $('summary-too-early').textContent = res.body && res.body.detail ? res.body.detail : '';
        p.show('summary-too-early', true);
        $('confirm-hand-in').disabled = false;
        state.ending = false;
        return;
      }
      retryHandIn();
    }, retryHandIn);
  }
  function retryHandIn() {
    p.connection('offline');
    submitDelay = submitDelay ? Math.min(submitDelay * 2, 30000) : 1000;
    setTimeout(handIn, submitDelay);
  }
  function submitted() {
    if (state.ended) { return; }
    state.ended = true;
    p.queue.clear();
    timers.forEach(clearInterval);
    ['exam-body', 'summary', 'offline-banner', 'session-lost-banner', 'deadline-notice', 'error-banner', 'other-device-banner']
      .forEach(function (id) { p.show(id, false); });
    p.show('submitted', true);
    if (document.fullscreenElement && document.exitFullscreen) { document.exitFullscreen().catch(function () {}); }
  }
  function otherDevice() {
    if (state.halted) { return; }
    state.halted = true;
    p.queue.stop();
    p.show('other-device-banner', true);
    p.show('offline-banner', false);
    $('hand-in').disabled = true;
    p.renderQuestion();
  }
  p.conflict = function () { p.tick(); };

  function openSummary() {
    p.flushAllTyping();
    var counts = { answered: 0, unanswered: 0, flagged: 0 };
    var missing = $('summary-unanswered');
    missing.replaceChildren();
    state.questions.forEach(function (q, i) {
      var a = p.answered(state.answers[q.position]);
      counts[a ? 'answered' : 'unanswered']++;
      if (state.flags[q.position]) { counts.flagged++; }
      if (!a || state.flags[q.position]) {
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'btn btn-sm btn-outline-secondary' + (state.flags[q.position] ? ' flagged' : '');
        b.textContent = String(q.number);
        b.addEventListener('click', function () { closeSummary(); p.go(i); });
        missing.appendChild(b);
      }
    });
    var list = $('summary-counts');
    list.replaceChildren();
    [p.fmt(T.of, state.questions.length), p.fmt(T.answered, counts.answered), p.fmt(T.unanswered, counts.unanswered),
      p.fmt(T.flagged, counts.flagged)].forEach(function (text, i) {
      var li = document.createElement('li');
      li.textContent = text;
      li.dataset.count = ['total', 'answered', 'unanswered', 'flagged'][i];
      list.appendChild(li);
    });
    var pending = p.queue.size();
    $('summary-pending').textContent = p.fmt(T.pending, pending);
    p.show('summary-pending', pending > 0);
    var early = state.earliest > serverNow();
    $('summary-too-early').textContent = early ? p.fmt(T.tooEarly, timeFormat.format(new Date(state.earliest))) : '';
    p.show('summary-too-early', early);
    $('confirm-hand-in').disabled = early;
    p.show('summary', true);
    $('summary').scrollIntoView({ block: 'start' });
  }
  function closeSummary() { p.show('summary', false); }
  p.closeSummary = closeSummary;

  // ---- keyboard: ←/→ or K/J move, 1-9 or A-H pick (F flags), only outside text fields
  function onKey(e) {
    if (state.ended || !state.questions.length || e.ctrlKey || e.metaKey || e.altKey) { return; }
    var t = e.target;
    var typing = t && (t.tagName === 'TEXTAREA' || t.isContentEditable
      || (t.tagName === 'INPUT' && t.type !== 'radio' && t.type !== 'checkbox'));
    if (typing) { return; }
    var key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
    if (key === 'ArrowLeft' || key === 'K') { e.preventDefault(); p.go(state.index - 1); return; }
    if (key === 'ArrowRight' || key === 'J') { e.preventDefault(); p.go(state.index + 1); return; }
    if (key === 'F') { e.preventDefault(); p.toggleFlag(); return; }
    var inputs = document.querySelectorAll('#question-fieldset > .exam-answer input[type="radio"], '
      + '#question-fieldset > .exam-answer input[type="checkbox"]');
    var pick = null;
    if (/^[1-9]$/.test(key)) { pick = inputs[Number(key) - 1]; }
    else if (/^[A-H]$/.test(key)) {
      Array.prototype.forEach.call(inputs, function (x) { if (x.dataset.letter === key) { pick = x; } });
    }
    if (pick && !pick.disabled) {
      e.preventDefault();
      if (pick.type === 'checkbox') { pick.checked = !pick.checked; } else { pick.checked = true; }
      pick.dispatchEvent(new Event('change', { bubbles: true }));
      pick.focus();
    }
  }

  // ---- integrity events
  var away = false;
  var wasFullscreen = false;
  function report(kind, detail) {
    if (state.ended) { return; }
    p.api.call('POST', '/events', { kind: kind, detail: detail }).then(function (res) {
      if (res.status === 200 && res.body && res.body.status === 'SUBMITTED') { submitted(); }
    }, function () { /* offline: the proctor sees the page offline anyway */ });
  }
  function current() {
    var q = state.questions[state.index];
    return q ? p.fmt(T.question, q.number) : '';
  }
  // A reload, a closed tab or a link away unloads the page: the hidden page and the lost focus that follow are not
  // switching to another window, so they are recorded as what they are (PAGE_UNLOAD) and never counted.
  var unloading = false;
  var unloadReported = false;
  function unload() {
    unloading = true;
    if (unloadReported || state.ended || !state.sheet) { return; }
    unloadReported = true;
    p.api.call('POST', '/events', { kind: 'PAGE_UNLOAD', detail: current() }, true).catch(function () {});
  }
  function lost(detail) {
    if (away || unloading || state.ended || !state.sheet) { return; }
    away = true;
    report('FOCUS_LOST', detail + ' ' + current());
  }
  function listen() {
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') { lost(T.pageHidden); } else { away = false; }
    });
    window.addEventListener('blur', function () { lost(T.windowBlurred); });
    window.addEventListener('focus', function () { away = false; });
    document.addEventListener('fullscreenchange', function () {
      if (document.fullscreenElement) { wasFullscreen = true; }
      else if (wasFullscreen) { wasFullscreen = false; report('FULLSCREEN_EXIT', current()); }
    });
    document.addEventListener('paste', function () { report('PASTE', current()); });
    document.addEventListener('keydown', onKey);
    window.addEventListener('beforeunload', function () {
      // beforeunload comes first; if the unload is called off, switching away counts again
      unloading = true;
      setTimeout(function () { unloading = unloadReported; }, 1000);
    });
    window.addEventListener('pagehide', function () { unload(); p.flushAllTyping(); });
    window.addEventListener('pageshow', function (e) {
      if (e.persisted) { unloading = false; unloadReported = false; }
    });
    $('prev').addEventListener('click', function () { p.go(state.index - 1); });
    $('next').addEventListener('click', function () { p.go(state.index + 1); });
    $('flag').addEventListener('click', p.toggleFlag);
    $('hand-in').addEventListener('click', openSummary);
    $('cancel-hand-in').addEventListener('click', closeSummary);
    $('confirm-hand-in').addEventListener('click', function () {
      $('confirm-hand-in').disabled = true;
      p.queue.drain(10000).then(handIn);
    });
    $('fullscreen').addEventListener('click', function () {
      var el = document.documentElement;
      if (!document.fullscreenElement && el.requestFullscreen) { el.requestFullscreen().catch(function () {}); }
    });
  }

  // ---- start: the sheet, then unacknowledged saves of an earlier load, then the page
  var loadDelay = 0;
  function load() {
    var sentAt = Date.now();
    p.api.call('GET', '').then(function (res) {
      if (res.status !== 200 || !res.body) {
        p.showError(res.body && res.body.detail ? res.body.detail : $('loading').dataset.failed);
        if (res.status >= 500) { retryLoad(); }
        return;
      }
      start(res.body, sentAt);
    }, retryLoad);
  }
  function retryLoad() {
    p.showError($('loading').dataset.failed);
    loadDelay = loadDelay ? Math.min(loadDelay * 2, 30000) : 1000;
    setTimeout(load, loadDelay);
  }
  function start(sheet, sentAt) {
    p.showError('');
    state.sheet = sheet;
    state.questions = sheet.questions;
    learnClock(sheet.serverNow, sentAt);
    setDeadline(sheet.deadline, false);
    state.earliest = Date.parse(sheet.earliestHandIn);
    Object.keys(sheet.answers || {}).forEach(function (pos) {
      var a = sheet.answers[pos];
      state.answers[pos] = a.value === null ? null : JSON.parse(a.value);
      state.flags[pos] = !!a.flagged;
      state.saved[pos] = 'saved';
    });
    if (sheet.status === 'SUBMITTED') { submitted(); return; }
    var restored = p.queue.restore(sheet.lastSeq, sheet.answers);
    Object.keys(restored).forEach(function (pos) {
      state.answers[pos] = restored[pos].answer;
      state.flags[pos] = !!restored[pos].flagged;
    });
    var index = 0;
    try { index = Number(sessionStorage.getItem('jianding.exam.index.' + attemptId) || 0); } catch (e) { index = 0; }
    state.index = index >= 0 && index < state.questions.length ? index : 0;
    p.show('loading', false);
    p.show('question-card', true);
    $('hand-in').disabled = false;
    listen();
    p.renderQuestion();
    showClock();
    timers.push(setInterval(showClock, 250));
    timers.push(setInterval(p.tick, TICK));
  }
  var attemptId = root.dataset.attempt;
  load();
})();
