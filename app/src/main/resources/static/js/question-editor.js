// Question editor: keeps the question as the API's QuestionJson, draws the parts of its type (options, blanks,
// rubric points, sub-questions), saves it through /api/questions and shows what the server says.
(function () {
  'use strict';
  var form = document.getElementById('question-editor');
  if (!form) {
    return;
  }
  var T = document.getElementById('editor-text').dataset;
  var typeNames = {};
  document.querySelectorAll('#editor-text [data-type-name]').forEach(function (el) {
    typeNames[el.getAttribute('data-type-name')] = el.textContent;
  });
  var csrfToken = meta('_csrf');
  var csrfHeader = meta('_csrf_header');
  var LABELS = 'ABCDEFGH';
  var SUB_TYPES = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'FILL_BLANK', 'SHORT_ANSWER'];
  var $ = function (id) { return document.getElementById(id); };
  var q = form.dataset.question ? JSON.parse(form.dataset.question) : { type: 'SINGLE_CHOICE', levels: [] };
  var lastRich = $('q-stem');
  var Rich = window.RichEditor || null;
  if (Rich) { Rich.setWords(T); }

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  }

  function fmt(text) {
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/\{(\d)\}/g, function (m, i) { return args[i] === undefined ? m : args[i]; });
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') {
        node.textContent = attrs[k];
      } else if (k === 'class') {
        node.className = attrs[k];
      } else {
        node.setAttribute(k, attrs[k]);
      }
    });
    (children || []).forEach(function (c) { if (c) { node.appendChild(c); } });
    return node;
  }

  var uid = 0;
  function nextId(prefix) { uid += 1; return prefix + '-' + uid; }

  function button(text, cls, onClick, label) {
    var b = el('button', { type: 'button', class: 'btn btn-sm ' + cls, text: text });
    if (label) { b.setAttribute('aria-label', label); b.title = label; }
    b.addEventListener('click', onClick);
    return b;
  }

  // A text input or textarea bound to obj[key]; field is the problem path the server uses for it.
  function bound(tag, obj, key, field, attrs) {
    var input = el(tag, Object.assign({ class: 'form-control form-control-sm', 'data-field': field }, attrs || {}));
    input.value = obj[key] == null ? '' : obj[key];
    input.addEventListener('input', function () { obj[key] = input.value; updatePoints(); });
    if (tag === 'textarea') {
      input.classList.add('rich-input');
      input.addEventListener('focus', function () { lastRich = input; });
    }
    return input;
  }

  // A rich text field: the WYSIWYG editor over a textarea (or the textarea alone when the editor did not load).
  function rich(obj, key, field, attrs, compact) {
    var area = bound('textarea', obj, key, field, attrs);
    return Rich ? Rich.wrap(area, { compact: compact }) : area;
  }

  function labelled(text, input) {
    var label = el('label', { class: 'form-label small mb-0', text: text });
    var editor = input.classList.contains('rich-editor') ? input.querySelector('.ql-editor') : null;
    if (editor) {
      Rich.labelEditor(label, editor);
    } else {
      var target = input.classList.contains('rich-editor') ? input.querySelector('textarea') : input;
      if (!target.id) {
        target.id = nextId('f');
      }
      label.setAttribute('for', target.id);
    }
    return el('div', { class: 'mb-2' }, [label, input]);
  }

  // Re-draws a part and puts the focus on the element the selector finds in it (after adding or removing a row).
  function redraw(container, draw, focusSelector) {
    container.replaceChildren();
    draw(container);
    if (focusSelector) {
      var target = container.querySelector(focusSelector);
      if (target && target.classList.contains('rich-editor')) {
        target = target.querySelector('.ql-editor') || target.querySelector('textarea');
      }
      if (target) { target.focus(); }
    }
  }

  // ---- the parts of each type; "part" is the question or a sub-question, "at" the problem path prefix ----

  function drawBody(box, part, at) {
    switch (part.type) {
      case 'SINGLE_CHOICE':
      case 'MULTIPLE_CHOICE': return drawOptions(box, part, at);
      case 'TRUE_FALSE': return drawTrueFalse(box, part, at);
      case 'FILL_BLANK': return drawBlanks(box, part, at);
      case 'SHORT_ANSWER': return drawShortAnswer(box, part, at);
      case 'CASE_ANALYSIS': return drawSubQuestions(box, part, at);
    }
  }

  function drawOptions(box, part, at) {
    part.options = part.options || [{}, {}, {}, {}];
    var single = part.type === 'SINGLE_CHOICE';
    var name = nextId('key');
    var list = el('div', { 'data-field': at + 'options' });
    part.options.forEach(function (o, i) {
      o.label = LABELS.charAt(i);
      var mark = el('input', { type: single ? 'radio' : 'checkbox', class: 'form-check-input mt-0', name: name,
        'aria-label': o.label + ' ' + T.right });
      mark.checked = single ? part.answer === o.label : (part.answers || []).indexOf(o.label) >= 0;
      mark.addEventListener('change', function () {
        if (single) {
          part.answer = o.label;
        } else {
          var set = (part.answers || []).filter(function (a) { return a !== o.label; });
          if (mark.checked) { set.push(o.label); }
          part.answers = set.sort();
        }
      });
      var text = rich(o, 'text', at + 'options[' + (i + 1) + '].text', { rows: 1, 'aria-label': T.options + ' ' + o.label }, true);
      var remove = button('×', 'btn-outline-danger', function () {
        part.options.splice(i, 1);
        dropKey(part, o.label);
        redraw(box, function (b) { drawOptions(b, part, at); }, '.ql-editor, textarea');
      });
      remove.setAttribute('aria-label', T.remove + ' ' + o.label);
      list.appendChild(el('div', { class: 'input-group input-group-sm mb-1' }, [
        el('span', { class: 'input-group-text' }, [mark]),
        el('span', { class: 'input-group-text fw-semibold', text: o.label }), text, remove]));
    });
    box.appendChild(el('div', { class: 'small text-muted mb-1', text: single ? T.markOne : T.markAll }));
    box.appendChild(el('div', { 'data-field': at + (single ? 'answer' : 'answers') }, [list]));
    if (part.options.length < (single ? 8 : 6)) {
      box.appendChild(button(T.addOption, 'btn-outline-primary', function () {
        part.options.push({});
        redraw(box, function (b) { drawOptions(b, part, at); }, '[data-field="' + at + 'options[' + part.options.length + '].text"]');
      }));
    }
  }

  // Removing an option shifts the later labels up by one; the key follows its options.
  function dropKey(part, label) {
    var shift = function (l) { return l > label ? LABELS.charAt(LABELS.indexOf(l) - 1) : l; };
    if (part.type === 'SINGLE_CHOICE') {
      part.answer = part.answer === label ? null : (part.answer ? shift(part.answer) : part.answer);
    } else {
      part.answers = (part.answers || []).filter(function (a) { return a !== label; }).map(shift);
    }
  }

  function drawTrueFalse(box, part, at) {
    var name = nextId('tf');
    var group = el('div', { 'data-field': at + 'correct', role: 'radiogroup' });
    [true, false].forEach(function (value) {
      var id = nextId('tf');
      var radio = el('input', { type: 'radio', class: 'form-check-input', name: name, id: id });
      radio.checked = part.correct === value;
      radio.addEventListener('change', function () { part.correct = value; });
      group.appendChild(el('div', { class: 'form-check form-check-inline' }, [radio,
        el('label', { class: 'form-check-label', for: id, text: value ? T['true'] : T['false'] })]));
    });
    box.appendChild(el('div', { class: 'small text-muted mb-1', text: T.key }));
    box.appendChild(group);
  }

  function drawBlanks(box, part, at) {
    part.blanks = part.blanks || [['']];
    box.appendChild(el('div', { class: 'form-text mb-2', text: T.blankHint }));
    box.appendChild(el('div', { class: 'form-text mb-2 blank-marking-help', text: T.blankMarking }));
    part.blanks.forEach(function (alternatives, i) {
      var row = el('div', { class: 'border rounded p-2 mb-2', 'data-field': at + 'blanks[' + (i + 1) + ']' });
      row.appendChild(el('div', { class: 'd-flex justify-content-between align-items-center mb-1' }, [
        el('strong', { class: 'small', text: fmt(T.blank, i + 1) }),
        button(T.remove, 'btn-outline-danger', function () {
          part.blanks.splice(i, 1);
          if (part.blankRules) { part.blankRules.splice(i, 1); }
          redraw(box, function (b) { drawBlanks(b, part, at); }, 'input');
        })]));
      alternatives.forEach(function (a, j) {
        var holder = { v: a };
        var input = bound('input', holder, 'v', at + 'blanks[' + (i + 1) + '].accepted', {
          'aria-label': fmt(T.blank, i + 1) + ' ' + T.alternative + ' ' + (j + 1) });
        input.addEventListener('input', function () { alternatives[j] = input.value; });
        var remove = button('×', 'btn-outline-danger', function () {
          alternatives.splice(j, 1);
          redraw(box, function (b) { drawBlanks(b, part, at); }, '[data-field="' + at + 'blanks[' + (i + 1) + '].accepted"]');
        });
        remove.setAttribute('aria-label', T.remove);
        row.appendChild(el('div', { class: 'input-group input-group-sm mb-1' }, [input, remove]));
      });
      row.appendChild(button(T.addAlternative, 'btn-outline-secondary', function () {
        alternatives.push('');
        var inputs = '[data-field="' + at + 'blanks[' + (i + 1) + '].accepted"]';
        redraw(box, function (b) { drawBlanks(b, part, at); });
        var all = box.querySelectorAll(inputs);
        if (all.length) { all[all.length - 1].focus(); }
      }));
      if (window.BlankRules) { row.appendChild(window.BlankRules.draw(part, i, at, T)); }
      box.appendChild(row);
    });
    box.appendChild(button(T.addBlank, 'btn-outline-primary', function () {
      part.blanks.push(['']);
      redraw(box, function (b) { drawBlanks(b, part, at); },
        '[data-field="' + at + 'blanks[' + part.blanks.length + '].accepted"]');
    }));
  }

  function drawShortAnswer(box, part, at) {
    part.rubric = part.rubric || [{}];
    box.appendChild(labelled(T.referenceAnswer, rich(part, 'referenceAnswer', at + 'referenceAnswer', { rows: 3 })));
    box.appendChild(el('div', { class: 'small fw-semibold', text: T.rubric, 'data-field': at + 'rubric' }));
    part.rubric.forEach(function (r, i) {
      var row = at + 'rubric[' + (i + 1) + ']';
      var points = bound('input', r, 'points', row + '.points', {
        type: 'number', min: '0.5', step: '0.5', class: 'form-control form-control-sm rubric-points', id: nextId('rubric-points') });
      var text = bound('input', r, 'description', row + '.description', { id: nextId('rubric-text') });
      var remove = button('×', 'btn-outline-danger', function () {
        part.rubric.splice(i, 1);
        redraw(box, function (b) { drawShortAnswer(b, part, at); }, '.rubric-points');
        updatePoints();
      }, fmt(T.rubricRemove, i + 1));
      box.appendChild(el('div', { class: 'row g-2 align-items-end mb-1 rubric-row', 'data-field': row }, [
        el('div', { class: 'col-4 col-md-3' }, [
          el('label', { class: 'form-label small mb-0', for: points.id, text: fmt(T.rubricPoints, i + 1) }), points]),
        el('div', { class: 'col' }, [
          el('label', { class: 'form-label small mb-0', for: text.id, text: fmt(T.rubricText, i + 1) }), text]),
        el('div', { class: 'col-auto' }, [remove])]));
    });
    box.appendChild(button(T.addRubric, 'btn-outline-primary', function () {
      part.rubric.push({});
      redraw(box, function (b) { drawShortAnswer(b, part, at); },
        '[data-field="' + at + 'rubric[' + part.rubric.length + '].points"]');
    }));
  }

  function drawSubQuestions(box, part, at) {
    part.subQuestions = part.subQuestions || [{ type: 'SINGLE_CHOICE' }];
    part.subQuestions.forEach(function (s, i) {
      var path = at + 'subQuestions[' + (i + 1) + '].';
      var card = el('div', { class: 'card mb-3 sub-question', 'data-field': at + 'subQuestions[' + (i + 1) + ']' });
      var type = el('select', { class: 'form-select form-select-sm w-auto', 'data-field': path + 'type', 'aria-label': T.type });
      SUB_TYPES.forEach(function (t) {
        var option = el('option', { value: t, text: typeNames[t] });
        option.selected = s.type === t;
        type.appendChild(option);
      });
      var body = el('div');
      type.addEventListener('change', function () {
        s.type = type.value;
        redraw(body, function (b) { drawBody(b, s, path); });
        updatePoints();
      });
      var tools = el('div', { class: 'btn-group btn-group-sm ms-auto' }, [
        i > 0 ? button('↑', 'btn-outline-secondary', function () { swap(part.subQuestions, i, i - 1); redrawSubs(box, part, at); }, T.moveUp) : null,
        i < part.subQuestions.length - 1 ? button('↓', 'btn-outline-secondary', function () { swap(part.subQuestions, i, i + 1); redrawSubs(box, part, at); }, T.moveDown) : null,
        button(T.remove, 'btn-outline-danger', function () { part.subQuestions.splice(i, 1); redrawSubs(box, part, at); })]);
      var points = bound('input', s, 'points', path + 'points', { type: 'number', min: '0.5', step: '0.5', class: 'form-control form-control-sm sub-points' });
      card.appendChild(el('div', { class: 'card-header d-flex flex-wrap gap-2 align-items-center' }, [
        el('strong', { text: fmt(T.sub, i + 1) }), type, tools]));
      var inner = el('div', { class: 'card-body' }, [
        labelled(T.stem, rich(s, 'stem', path + 'stem', { rows: 2 })),
        labelled(T.points, points), body,
        labelled(T.explanationOptional, rich(s, 'explanation', path + 'explanation', { rows: 2 }))]);
      drawBody(body, s, path);
      card.appendChild(inner);
      box.appendChild(card);
    });
    box.appendChild(button(T.addSub, 'btn-outline-primary', function () {
      part.subQuestions.push({ type: 'SINGLE_CHOICE' });
      redrawSubs(box, part, at, '[data-field="' + at + 'subQuestions[' + part.subQuestions.length + '].type"]');
    }));
  }

  function redrawSubs(box, part, at, focus) {
    redraw(box, function (b) { drawSubQuestions(b, part, at); }, focus || '.sub-question select');
    updatePoints();
  }

  function swap(list, i, j) {
    var t = list[i];
    list[i] = list[j];
    list[j] = t;
  }

  // ---- points: a short answer is worth its rubric, a case its sub-questions ----

  function sum(values) {
    var total = 0;
    var known = true;
    values.forEach(function (v) {
      var n = parseFloat(v);
      if (isNaN(n)) { known = false; } else { total += n; }
    });
    return known && values.length ? Math.round(total * 10) / 10 : null;
  }

  function partPoints(part) {
    if (part.type === 'SHORT_ANSWER') {
      return sum((part.rubric || []).map(function (r) { return r.points; }));
    }
    if (part.type === 'CASE_ANALYSIS') {
      (part.subQuestions || []).forEach(function (s) {
        var own = partPoints(s);
        if (own !== null) { s.points = own; }
      });
      return sum((part.subQuestions || []).map(function (s) { return s.points; }));
    }
    return null;
  }

  function updatePoints() {
    var derived = partPoints(q);
    var input = $('q-points');
    input.readOnly = q.type === 'SHORT_ANSWER' || q.type === 'CASE_ANALYSIS';
    if (derived !== null) {
      q.points = derived;
      input.value = derived;
    }
    document.querySelectorAll('.sub-question').forEach(function (card, i) {
      var s = (q.subQuestions || [])[i];
      var p = card.querySelector('.sub-points');
      if (s && p) {
        p.readOnly = s.type === 'SHORT_ANSWER';
        if (p.readOnly && s.points != null && document.activeElement !== p) { p.value = s.points; }
      }
    });
  }

  // ---- the common fields ----

  function bindCommon() {
    [['q-stem', 'stem'], ['q-case', 'caseText'], ['q-explanation', 'explanation'], ['q-source', 'source'],
      ['q-points', 'points']].forEach(function (pair) {
      var input = $(pair[0]);
      input.value = q[pair[1]] == null ? '' : q[pair[1]];
      input.addEventListener('input', function () { q[pair[1]] = input.value; });
      if (input.tagName === 'TEXTAREA') {
        input.addEventListener('focus', function () { lastRich = input; });
        if (Rich) { Rich.wrap(input); }
      }
    });
    $('q-knowledge').value = q.knowledgePoint || '';
    $('q-secondary').value = (q.secondaryKnowledgePoints || []).join(' ');
    $('q-difficulty').value = q.difficulty == null ? '' : String(q.difficulty);
    $('q-cognitive').value = q.cognitiveLevel || '';
    document.querySelectorAll('.q-level').forEach(function (box) {
      box.checked = (q.levels || []).indexOf(box.value) >= 0;
    });
    var type = $('q-type');
    type.value = q.type;
    type.addEventListener('change', function () {
      q.type = type.value;
      drawType();
    });
    $('insert-blank').addEventListener('click', function () {
      var editor = richTarget();
      if (editor) {
        editor.insertText('____');
      } else {
        insertAtCursor(lastRich || $('q-stem'), '____');
      }
    });
  }

  function drawType() {
    $('case-text-group').hidden = q.type !== 'CASE_ANALYSIS';
    $('insert-blank').hidden = q.type !== 'FILL_BLANK' && q.type !== 'CASE_ANALYSIS';
    var box = $('q-body');
    var legend = box.querySelector('legend');
    box.replaceChildren(legend);
    var inner = el('div');
    box.appendChild(inner);
    drawBody(inner, q, '');
    updatePoints();
  }

  function insertAtCursor(area, text) {
    var start = area.selectionStart == null ? area.value.length : area.selectionStart;
    var end = area.selectionEnd == null ? start : area.selectionEnd;
    area.value = area.value.slice(0, start) + text + area.value.slice(end);
    area.selectionStart = area.selectionEnd = start + text.length;
    area.dispatchEvent(new Event('input'));
    area.focus();
  }

  // ---- images ----

  // The editor the author last worked in, else the stem's.
  function richTarget() {
    if (!Rich) { return null; }
    var stem = $('q-stem').closest('.rich-editor');
    return Rich.active() || (stem && stem.richEditor) || null;
  }

  function bindImages() {
    var file = $('image-file');
    var status = $('image-status');
    $('insert-image').addEventListener('click', function () { file.click(); });
    file.addEventListener('change', function () {
      if (!file.files.length) { return; }
      var editor = richTarget();
      if (editor) {
        Rich.upload(file.files[0]).then(editor.insertImage, function () {}).then(function () { file.value = ''; });
        return;
      }
      var target = lastRich || $('q-stem');
      var data = new FormData();
      data.append('file', file.files[0]);
      status.className = 'small mt-1 text-muted';
      status.textContent = T.uploading;
      fetch('/bank/images', { method: 'POST', body: data, headers: headers({}), credentials: 'same-origin' })
        .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, status: r.status, body: body }; }); })
        .then(function (res) {
          if (!res.ok) { throw new Error(res.body.detail || res.status); }
          insertAtCursor(target, '<img src="' + res.body.url + '" alt="">');
          status.className = 'small mt-1 text-success';
          status.textContent = T.uploaded;
        })
        .catch(function (e) {
          status.className = 'small mt-1 text-danger';
          status.textContent = fmt(T.failed, e.message);
        })
        .then(function () { file.value = ''; });
    });
  }

  // ---- saving ----

  function headers(h) {
    if (csrfHeader && csrfToken) { h[csrfHeader] = csrfToken; }
    return h;
  }

  var BODY_FIELDS = {
    SINGLE_CHOICE: ['options', 'answer'], MULTIPLE_CHOICE: ['options', 'answers'], TRUE_FALSE: ['correct'],
    FILL_BLANK: ['blanks', 'blankRules'], SHORT_ANSWER: ['referenceAnswer', 'rubric'], CASE_ANALYSIS: ['caseText', 'subQuestions']
  };

  function number(v) {
    var n = parseFloat(v);
    return isNaN(n) ? null : n;
  }

  // The part as the API reads it: only the fields of its type, numbers as numbers.
  function clean(part, common) {
    var out = { type: part.type, stem: part.stem || '', explanation: part.explanation || '', points: number(part.points) };
    (BODY_FIELDS[part.type] || []).forEach(function (f) { out[f] = part[f] === undefined ? null : part[f]; });
    if (out.options) { out.options = out.options.map(function (o) { return { label: o.label, text: o.text || '' }; }); }
    if (out.rubric) {
      out.rubric = out.rubric.map(function (r) { return { points: number(r.points), description: r.description || '' }; });
    }
    if (part.type === 'FILL_BLANK' && window.BlankRules) {
      out.blankRules = window.BlankRules.clean(part.blankRules, (part.blanks || []).length);
    }
    if (out.subQuestions) { out.subQuestions = out.subQuestions.map(function (s) { return clean(s, false); }); }
    if (common) {
      out.knowledgePoint = $('q-knowledge').value;
      out.secondaryKnowledgePoints = $('q-secondary').value.split(/[\s,，、]+/).filter(Boolean);
      out.difficulty = number($('q-difficulty').value);
      out.cognitiveLevel = $('q-cognitive').value || null;
      out.levels = Array.prototype.filter.call(document.querySelectorAll('.q-level'), function (b) { return b.checked; })
        .map(function (b) { return b.value; });
      out.source = $('q-source').value;
    }
    return out;
  }

  function feedback(cls, nodes) {
    var box = $('editor-feedback');
    box.replaceChildren(el('div', { class: 'alert ' + cls, role: cls.indexOf('danger') >= 0 ? 'alert' : 'status' }, nodes));
    box.scrollIntoView({ block: 'nearest' });
  }

  function clearMarks() {
    form.querySelectorAll('.is-invalid').forEach(function (n) { n.classList.remove('is-invalid'); });
    form.querySelectorAll('.problem-note').forEach(function (n) { n.remove(); });
  }

  // Marks the element the problem's field names, or else the nearest enclosing part the page draws; returns it.
  function mark(problem) {
    var field = problem.field;
    while (field) {
      var target = form.querySelector('[data-field="' + field.replace(/"/g, '') + '"]');
      if (target) {
        target.classList.add('is-invalid');
        var anchor = target.closest('.input-group') || target;
        anchor.insertAdjacentElement('afterend', el('div', { class: 'problem-note small text-danger', text: problem.message }));
        return target;
      }
      var shorter = field.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      if (shorter === field) {
        return null;
      }
      field = shorter;
    }
    return null;
  }

  // Where a problem is, in the author's words: "subQuestions[2].rubric[1].points" reads 第 2 小题 › 评分要点 1 › 分值.
  function describe(field) {
    var words = { stem: T.stem, explanation: T.explanation, points: T.points, rubric: T.rubric, options: T.options,
      answer: T.key, answers: T.key, correct: T.key, blanks: T.blanks, referenceAnswer: T.referenceAnswer,
      caseText: T.caseText, knowledgePoint: T.knowledgePoint, secondaryKnowledgePoints: T.secondary,
      difficulty: T.difficulty, cognitiveLevel: T.cognitive, levels: T.levels, type: T.type, description: T.description,
      text: T.optionText, accepted: T.alternative, label: T.optionLabel, matching: T.rulesShort, blankRules: T.rulesShort,
      tolerance: T.ruleTolerance };
    return field.split('.').map(function (part) {
      var m = /^(\w+)\[(\d+)\]$/.exec(part);
      if (!m) { return words[part] || part; }
      var n = Number(m[2]);
      switch (m[1]) {
        case 'subQuestions': return fmt(T.sub, n);
        case 'options': return LABELS.charAt(n - 1);
        case 'blanks': return fmt(T.blank, n);
        default: return (words[m[1]] || m[1]) + ' ' + n;
      }
    }).join(' › ');
  }

  function showProblems(body) {
    var list = el('ul', { class: 'mb-0 problems' });
    (body.problems || []).forEach(function (p) {
      var target = mark(p);
      var where = el('span', { class: 'fw-semibold', text: describe(p.field) + ': ' });
      var item = el('li', { 'data-problem-field': p.field }, [where, document.createTextNode(p.message)]);
      if (target) {
        var go = el('a', { href: '#', class: 'alert-link ms-1', text: T.goThere });
        go.addEventListener('click', function (e) {
          e.preventDefault();
          var focusable = target.matches('input, select, textarea') ? target
            : target.querySelector('.ql-editor') || target.querySelector('input, select, textarea');
          (focusable || target).focus();
          target.scrollIntoView({ block: 'center' });
        });
        item.appendChild(go);
      }
      list.appendChild(item);
    });
    feedback('alert-danger', [el('div', { class: 'fw-semibold', text: body.detail || T.problems }), list]);
  }

  function showSaved(body) {
    var saved = body.question;
    form.dataset.id = saved.id;
    form.dataset.version = saved.version;
    history.replaceState(null, '', '/bank/questions/' + saved.id + '/edit');
    $('editor-title').textContent = fmt(T.editing, saved.id, saved.version);
    var nodes = [el('div', { text: fmt(T.saved, saved.id, saved.version) }),
      el('a', { href: '/bank/questions/' + saved.id, class: 'alert-link', text: T.view, id: 'view-saved' })];
    var duplicates = body.nearDuplicates || [];
    if (duplicates.length) {
      var list = el('ul', { class: 'mb-0 duplicates' });
      duplicates.forEach(function (d) {
        list.appendChild(el('li', {}, [el('a', { href: '/bank/questions/' + d.questionId, text: '#' + d.questionId }),
          document.createTextNode(' ' + fmt(T.similarity, Math.round(d.similarity * 100)) + ' ' + d.stemText)]));
      });
      nodes.push(el('div', { class: 'fw-semibold mt-2', text: T.duplicates }), list);
    }
    feedback(duplicates.length ? 'alert-warning' : 'alert-success', nodes);
  }

  function save(event) {
    event.preventDefault();
    clearMarks();
    var id = form.dataset.id;
    var url = id ? '/api/questions/' + id + '?expectedVersion=' + form.dataset.version : '/api/questions';
    var saveButton = $('save');
    saveButton.disabled = true;
    feedback('alert-info', [document.createTextNode(T.saving)]);
    fetch(url, {
      method: id ? 'PUT' : 'POST',
      credentials: 'same-origin',
      headers: headers({ 'Content-Type': 'application/json', Accept: 'application/json' }),
      body: JSON.stringify({ question: clean(q, true), note: $('q-note').value })
    })
      .then(function (r) { return r.json().catch(function () { return {}; }).then(function (b) { return { status: r.status, body: b }; }); })
      .then(function (res) {
        if (res.status === 200 || res.status === 201) {
          showSaved(res.body);
        } else if (res.status === 409) {
          feedback('alert-danger', [el('div', { class: 'fw-semibold', text: T.conflict }),
            el('div', { text: res.body.detail || '' }),
            el('a', { href: window.location.pathname, class: 'alert-link', text: T.reload })]);
        } else if (res.status === 400) {
          showProblems(res.body);
        } else {
          feedback('alert-danger', [document.createTextNode(fmt(T.failed, res.body.detail || res.status))]);
        }
      })
      .catch(function (e) { feedback('alert-danger', [document.createTextNode(fmt(T.failed, e.message))]); })
      .then(function () { saveButton.disabled = false; });
  }

  bindCommon();
  bindImages();
  drawType();
  form.addEventListener('submit', save);
}());
