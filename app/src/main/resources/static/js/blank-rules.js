// Per-blank matching rules for the question editor (question-editor.js draws the blanks and calls this).
// part.blankRules[i] sits beside part.blanks[i]: { caseSensitive, keepSpaces, keepPunctuation, keepWidth, tolerance };
// every box unticked and no tolerance is the default way of matching.
(function () {
  'use strict';
  var FLAGS = ['caseSensitive', 'keepSpaces', 'keepPunctuation', 'keepWidth'];
  var uid = 0;

  function node(tag, attrs, children) {
    var n = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { n.textContent = attrs[k]; } else if (k === 'class') { n.className = attrs[k]; } else { n.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { n.appendChild(c); });
    return n;
  }

  function rulesOf(part, i) {
    part.blankRules = part.blankRules || [];
    while (part.blankRules.length <= i) { part.blankRules.push(null); }
    if (!part.blankRules[i]) { part.blankRules[i] = {}; }
    return part.blankRules[i];
  }

  // The rule controls of blank i (from 0); T holds the page's words, at the problem path prefix.
  function draw(part, i, at, T) {
    var rules = rulesOf(part, i);
    var path = at + 'blanks[' + (i + 1) + '].matching';
    var box = node('div', { class: 'blank-rules d-flex flex-wrap align-items-center gap-2 mt-1 small', 'data-field': path });
    box.appendChild(node('span', { class: 'text-muted', text: T.rules }));
    FLAGS.forEach(function (flag) {
      uid += 1;
      var id = 'blank-rule-' + uid;
      var check = node('input', { type: 'checkbox', class: 'form-check-input', id: id, 'data-rule': flag });
      check.checked = rules[flag] === true;
      check.addEventListener('change', function () { rules[flag] = check.checked; });
      box.appendChild(node('div', { class: 'form-check form-check-inline mb-0' }, [check,
        node('label', { class: 'form-check-label', for: id, text: T['rule' + flag.charAt(0).toUpperCase() + flag.slice(1)] })]));
    });
    uid += 1;
    var tolerance = node('input', { type: 'number', min: '0', step: 'any', id: 'blank-rule-' + uid, 'data-rule': 'tolerance',
      class: 'form-control form-control-sm blank-tolerance', style: 'width: 7rem', 'data-field': path + '.tolerance' });
    tolerance.value = rules.tolerance == null ? '' : rules.tolerance;
    tolerance.addEventListener('input', function () { rules.tolerance = tolerance.value; });
    box.appendChild(node('label', { for: tolerance.id, class: 'mb-0', text: T.ruleTolerance }));
    box.appendChild(tolerance);
    return box;
  }

  // The rules as the API reads them: one entry per blank, flags as booleans, the tolerance as a number or null.
  function clean(rules, count) {
    var out = [];
    for (var i = 0; i < count; i++) {
      var r = (rules || [])[i] || {};
      var n = parseFloat(r.tolerance);
      out.push({ caseSensitive: r.caseSensitive === true, keepSpaces: r.keepSpaces === true,
        keepPunctuation: r.keepPunctuation === true, keepWidth: r.keepWidth === true, tolerance: isNaN(n) ? null : n });
    }
    return out;
  }

  window.BlankRules = { draw: draw, clean: clean };
}());
