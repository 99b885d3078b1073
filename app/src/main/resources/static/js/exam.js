// Exam page, part 2 of 2: draws one question per screen from the sheet, the answer sheet navigator, the countdown
// to the server's deadline and the hand-in summary; reports leaving the page, leaving full screen and pasting.
// Saving is exam-sync.js's SaveQueue. Option letters follow the shown order; saves name the option's bank label.
(function () {
  'use strict';
  var root = document.getElementById('exam');
  if (!root || !window.JiandingExam) { return; }
  var ns = window.JiandingExam;
  var T = JSON.parse(root.dataset.texts || '{}');
  var LETTERS = 'ABCDEFGH';
  var TEXT_DEBOUNCE = 800;
  var attemptId = root.dataset.attempt;
  var imagesBase = root.dataset.images;
  var api = new ns.Api(root.dataset.api, attemptId, window.location.pathname);
  var $ = function (id) { return document.getElementById(id); };

  var state = {
    sheet: null, questions: [], index: 0, answers: {}, flags: {}, saved: {}, typing: {},
    offset: 0, deadline: 0, earliest: 0, ended: false, halted: false, ending: false
  };
  var queue = new ns.SaveQueue(api, attemptId, {
    state: function (pos, s) {
      // an acknowledged save is not the whole story while newer typing waits for its debounce
      state.saved[pos] = s === 'saved' && Object.prototype.hasOwnProperty.call(state.typing, pos) ? 'typing' : s;
      refreshStatus();
    },
    connection: showConnection,
    conflict: function () { tick(); },
    rejected: function (pos, problem) {
      state.saved[pos] = 'rejected';
      var q = byPosition(pos);
      showError(fmt(T.rejected, q ? q.number : pos, problem && problem.detail ? problem.detail : ''));
      refreshStatus();
    }
  });

  queue.now = function () { return Date.now() + state.offset; };

  function fmt(text) {
    var args = Array.prototype.slice.call(arguments, 1);
    return String(text || '').replace(/\{(\d+)\}/g, function (m, i) { return args[i] === undefined ? m : args[i]; });
  }
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function show(id, visible) { $(id).classList.toggle('d-none', !visible); }
  function byPosition(pos) {
    for (var i = 0; i < state.questions.length; i++) { if (state.questions[i].position === Number(pos)) { return state.questions[i]; } }
    return null;
  }
  function showError(text) { var b = $('error-banner'); b.textContent = text; show('error-banner', !!text); }

  // ---- rich text: sanitised HTML from the bank; bank image URLs point to this attempt's image endpoint
  function rich(className, html, numberBlanks) {
    var box = el('div', 'rich ' + (className || ''));
    var t = document.createElement('template');
    t.innerHTML = html || '';
    t.content.querySelectorAll('img').forEach(function (img) {
      var m = /^\/bank\/images\/([0-9a-f]{64})$/.exec(img.getAttribute('src') || '');
      if (m) { img.setAttribute('src', imagesBase + m[1]); } else { img.remove(); }
    });
    if (numberBlanks) { markBlanks(t.content); }
    box.appendChild(t.content);
    return box;
  }
  function markBlanks(fragment) {
    var walker = document.createTreeWalker(fragment, NodeFilter.SHOW_TEXT);
    var nodes = [];
    while (walker.nextNode()) { if (walker.currentNode.nodeValue.indexOf('____') >= 0) { nodes.push(walker.currentNode); } }
    var n = 0;
    nodes.forEach(function (node) {
      var parts = node.nodeValue.split('____');
      var frag = document.createDocumentFragment();
      parts.forEach(function (p, i) {
        if (i > 0) { frag.appendChild(el('span', 'blank-no', '(' + (++n) + ')')); frag.appendChild(document.createTextNode('____')); }
        frag.appendChild(document.createTextNode(p));
      });
      node.parentNode.replaceChild(frag, node);
    });
  }

  // ---- answers
  function answered(value) {
    if (value === null || value === undefined) { return false; }
    if (typeof value === 'boolean') { return true; }
    if (typeof value === 'string') { return value.trim() !== ''; }
    if (Array.isArray(value)) { return value.some(function (v) { return typeof v === 'string' ? v.trim() !== '' : v !== null; }); }
    return Object.keys(value).some(function (k) { return answered(value[k]); });
  }
  function setAnswer(q, value, typed) {
    if (state.halted || state.ended) { return; }
    state.answers[q.position] = value;
    if (typed) {
      state.saved[q.position] = 'typing';
      clearTimeout(state.typing[q.position]);
      state.typing[q.position] = setTimeout(function () { flushTyping(q.position); }, TEXT_DEBOUNCE);
    } else {
      clearTimeout(state.typing[q.position]);
      delete state.typing[q.position];
      queue.put(q.position, value, !!state.flags[q.position]);
    }
    refreshNavigator();
    refreshStatus();
  }
  function flushTyping(pos) {
    if (!Object.prototype.hasOwnProperty.call(state.typing, pos)) { return; }
    clearTimeout(state.typing[pos]);
    delete state.typing[pos];
    queue.put(Number(pos), state.answers[pos], !!state.flags[pos]);
  }
  function flushAllTyping() { Object.keys(state.typing).forEach(flushTyping); }

  // ---- one answer control per question type; change(value, typed) reports every edit
  function control(item, value, name, change) {
    var box = el('div', 'exam-answer mt-3');
    if (item.type === 'SINGLE_CHOICE' || item.type === 'MULTIPLE_CHOICE' || item.type === 'TRUE_FALSE') {
      var multi = item.type === 'MULTIPLE_CHOICE';
      var choices = item.type === 'TRUE_FALSE'
        ? [{ label: 'true', text: null, shown: T['true'] }, { label: 'false', text: null, shown: T['false'] }]
        : item.options;
      choices.forEach(function (c, i) {
        var label = el('label', 'exam-option');
        var input = el('input', 'form-check-input');
        input.type = multi ? 'checkbox' : 'radio';
        input.name = name;
        input.value = c.label;
        input.dataset.letter = LETTERS.charAt(i);
        if (item.type === 'TRUE_FALSE') { input.checked = value === (c.label === 'true'); }
        else if (multi) { input.checked = Array.isArray(value) && value.indexOf(c.label) >= 0; }
        else { input.checked = value === c.label; }
        input.addEventListener('change', function () {
          if (multi) {
            var picked = [];
            box.querySelectorAll('input[name="' + name + '"]:checked').forEach(function (x) { picked.push(x.value); });
            change(picked.sort(), false);
          } else {
            change(item.type === 'TRUE_FALSE' ? input.value === 'true' : input.value, false);
          }
        });
        label.appendChild(input);
        label.appendChild(el('span', 'letter', LETTERS.charAt(i)));
        label.appendChild(c.text === null ? el('span', '', c.shown) : rich('', c.text));
        box.appendChild(label);
      });
    } else if (item.type === 'FILL_BLANK') {
      var values = Array.isArray(value) ? value.slice() : [];
      for (var b = 0; b < item.blanks; b++) {
        (function (k) {
          var group = el('div', 'input-group mb-2');
          group.appendChild(el('span', 'input-group-text', fmt(T.blank, k + 1)));
          var input = el('input', 'form-control');
          input.type = 'text';
          input.maxLength = 500;
          input.name = name + '-' + (k + 1);
          input.value = values[k] || '';
          input.addEventListener('input', function () {
            var all = [];
            for (var j = 0; j < item.blanks; j++) { all.push(j === k ? input.value : (values[j] || '')); }
            values = all;
            change(all, true);
          });
          group.appendChild(input);
          box.appendChild(group);
        })(b);
      }
    } else if (item.type === 'SHORT_ANSWER') {
      var area = el('textarea', 'form-control');
      area.rows = 8;
      area.maxLength = 10000;
      area.name = name;
      area.value = typeof value === 'string' ? value : '';
      area.addEventListener('input', function () { change(area.value, true); });
      box.appendChild(area);
    }
    return box;
  }

  function renderQuestion() {
    var q = state.questions[state.index];
    var body = $('question');
    var value = state.answers[q.position];
    $('question-heading').textContent = fmt(T.question, q.number) + ' / ' + fmt(T.of, state.questions.length)
      + ' · ' + (T['type.' + q.type] || q.type) + ' · ' + fmt(T.points, q.points);
    var fieldset = el('fieldset');
    fieldset.id = 'question-fieldset';
    fieldset.dataset.position = q.position;
    fieldset.dataset.type = q.type;
    fieldset.disabled = state.halted;
    if (q.type === 'CASE_ANALYSIS') {
      fieldset.appendChild(rich('case-text mb-2', q.caseText));
      fieldset.appendChild(rich('stem', q.stem));
      var parts = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
      q.parts.forEach(function (p) {
        var part = el('div', 'exam-part');
        part.dataset.part = p.number;
        part.appendChild(el('div', 'fw-bold small mb-1', fmt(T.part, p.number) + ' · ' + fmt(T.points, p.points)));
        part.appendChild(rich('stem', p.stem, p.type === 'FILL_BLANK'));
        part.appendChild(control(p, parts[String(p.number)], 'q' + q.position + '-p' + p.number, function (v, typed) {
          var next = {};
          Object.keys(parts).forEach(function (k) { next[k] = parts[k]; });
          next[String(p.number)] = v;
          parts = next;
          setAnswer(q, next, typed);
        }));
        fieldset.appendChild(part);
      });
    } else {
      fieldset.appendChild(rich('stem', q.stem, q.type === 'FILL_BLANK'));
      fieldset.appendChild(control(q, value, 'q' + q.position, function (v, typed) { setAnswer(q, v, typed); }));
    }
    body.replaceChildren(fieldset);
    $('prev').disabled = state.index === 0;
    $('next').disabled = state.index === state.questions.length - 1;
    var flag = $('flag');
    flag.textContent = state.flags[q.position] ? flag.dataset.unflag : flag.dataset.flag;
    flag.classList.toggle('active', !!state.flags[q.position]);
    refreshNavigator();
    refreshStatus();
  }

  function refreshStatus() {
    if (!state.questions.length) { return; }
    var q = state.questions[state.index];
    var s = state.saved[q.position];
    var box = $('save-status');
    var text = '';
    var cls = 'small text-muted';
    if (s === 'saved') { text = T.saved; cls = 'small text-success'; }
    else if (s === 'saving') { text = T.saving; }
    else if (s === 'typing' || s === 'rejected') { text = T.unsaved; cls = 'small text-danger'; }
    box.textContent = text;
    box.className = cls;
    box.dataset.state = s || 'none';
  }

  function navButton(q, i) {
    var b = el('button', 'btn btn-sm btn-outline-secondary', String(q.number));
    b.type = 'button';
    b.dataset.index = i;
    b.dataset.position = q.position;
    b.addEventListener('click', function () {
      go(i);
      if (ns.page.closeSummary) { ns.page.closeSummary(); }
      closeNavigatorOnPhone();
    });
    return b;
  }
  // On a phone the 答题卡 is a panel above the question: after a tap, fold it and bring the question into view.
  function closeNavigatorOnPhone() {
    var toggle = document.querySelector('[data-bs-target="#navigator-panel"]');
    if (!toggle || toggle.offsetParent === null) { return; }
    var panel = $('navigator-panel');
    function show() { $('question-card').scrollIntoView({ block: 'start' }); }
    // tapped while the card is still unfolding: fold it once it is open (Bootstrap ignores hide() mid-transition)
    if (panel.classList.contains('collapsing')) {
      panel.addEventListener('shown.bs.collapse', closeNavigatorOnPhone, { once: true });
      return;
    }
    if (!panel.classList.contains('show')) { show(); return; }
    if (window.bootstrap && window.bootstrap.Collapse) {
      panel.addEventListener('hidden.bs.collapse', show, { once: true });
      window.bootstrap.Collapse.getOrCreateInstance(panel, { toggle: false }).hide();
    } else {
      panel.classList.remove('show');
      toggle.setAttribute('aria-expanded', 'false');
      show();
    }
  }
  function refreshNavigator() {
    var nav = $('navigator');
    if (nav.children.length !== state.questions.length) {
      nav.replaceChildren();
      state.questions.forEach(function (q, i) { nav.appendChild(navButton(q, i)); });
    }
    Array.prototype.forEach.call(nav.children, function (b, i) {
      var q = state.questions[i];
      var isAnswered = answered(state.answers[q.position]);
      b.classList.toggle('answered', isAnswered);
      b.classList.toggle('flagged', !!state.flags[q.position]);
      b.classList.toggle('current', i === state.index);
      b.setAttribute('aria-current', i === state.index ? 'true' : 'false');
    });
  }

  function go(i) {
    if (i < 0 || i >= state.questions.length) { return; }
    flushAllTyping();
    state.index = i;
    renderQuestion();
    try { sessionStorage.setItem('jianding.exam.index.' + attemptId, String(i)); } catch (e) { /* ignore */ }
  }
  function toggleFlag() {
    if (state.halted || state.ended) { return; }
    var q = state.questions[state.index];
    state.flags[q.position] = !state.flags[q.position];
    clearTimeout(state.typing[q.position]);
    delete state.typing[q.position];
    queue.put(q.position, state.answers[q.position], state.flags[q.position]);
    renderQuestion();
  }

  ns.page = {
    state: state, queue: queue, api: api, fmt: fmt, show: show, showError: showError, go: go, toggleFlag: toggleFlag,
    answered: answered, flushAllTyping: flushAllTyping, byPosition: byPosition, renderQuestion: renderQuestion,
    texts: T, root: root
  };
  function showConnection(s) { ns.page.connection(s); }
  function tick() { ns.page.tick(); }
})();
