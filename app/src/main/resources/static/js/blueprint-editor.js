// Blueprint editor: reads the tables into the spec JSON, asks /api/blueprints/check as the user edits (debounced)
// and shows per row how many eligible questions the bank holds, the problems, and feasibility or the diagnosis.
(function () {
  'use strict';
  var form = document.getElementById('blueprint-form');
  if (!form) { return; }
  var panel = document.getElementById('feedback');
  var status = document.getElementById('feedback-status');
  var eligibleText = document.getElementById('feedback-eligible');
  var messages = document.getElementById('feedback-messages');
  var csrf = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  var timer = null;

  function value(tr, field) {
    var el = tr.querySelector('[data-field="' + field + '"]');
    return el ? el.value : '';
  }
  function num(v) { var n = Number(v); return isFinite(n) ? n : 0; }
  function sectionRows() { return Array.prototype.slice.call(document.querySelectorAll('#sections tbody tr')); }
  function shareRows() {
    var rows = [];
    document.querySelectorAll('table.share-rows').forEach(function (table) {
      table.querySelectorAll('tbody tr').forEach(function (tr) { rows.push(tr); });
    });
    return rows;
  }
  function facilityBand() {
    var low = document.getElementById('facilityLow').value.trim();
    var high = document.getElementById('facilityHigh').value.trim();
    if (!low && !high) { return null; }
    return { low: low ? Number(low) / 100 : null, high: high ? Number(high) / 100 : null };
  }
  // the test information target: none while no calibration is chosen and no ability point is written
  function informationTarget() {
    var calibration = document.getElementById('infoCalibration');
    if (!calibration) { return null; }
    var text = document.getElementById('infoAbilities').value.trim();
    var minimum = document.getElementById('infoMinimum').value.trim();
    if (!calibration.value && !text && !minimum) { return null; }
    return {
      calibrationId: calibration.value ? Number(calibration.value) : null,
      abilities: text ? text.split(/[\s,，、;；]+/).filter(function (t) { return t; }).map(function (t) {
        var n = Number(t.replace('−', '-'));
        return isFinite(n) ? n : null;
      }) : [],
      minimum: minimum ? Number(minimum) : null
    };
  }
  function spec() {
    return {
      totalPoints: num(document.getElementById('totalPoints').value),
      durationMinutes: num(document.getElementById('durationMinutes').value),
      passMark: num(document.getElementById('passMark').value),
      facilityBand: facilityBand(),
      informationTarget: informationTarget(),
      sections: sectionRows().map(function (tr) {
        var most = value(tr, 'maxCount').trim();
        return {
          type: value(tr, 'type'), count: num(value(tr, 'count')), pointsEach: num(value(tr, 'pointsEach')),
          maxCount: most ? num(most) : null
        };
      }),
      rows: shareRows().map(function (tr) {
        var counted = !!tr.querySelector('[data-field="minCount"]');
        var most = counted ? value(tr, 'maxCount').trim() : '';
        return {
          node: value(tr, 'node') || null,
          minDifficulty: value(tr, 'minDifficulty') ? num(value(tr, 'minDifficulty')) : null,
          maxDifficulty: value(tr, 'maxDifficulty') ? num(value(tr, 'maxDifficulty')) : null,
          cognitive: value(tr, 'cognitive') || null,
          type: value(tr, 'type') || null,
          percent: counted ? 0 : num(value(tr, 'percent')),
          tolerance: counted ? 0 : num(value(tr, 'tolerance')),
          minCount: counted ? num(value(tr, 'minCount')) : null,
          maxCount: counted && most ? num(most) : null
        };
      })
    };
  }
  function clear() {
    document.querySelectorAll('.row-problem, .group-problem').forEach(function (el) { el.textContent = ''; });
    document.querySelectorAll('tr.table-danger').forEach(function (tr) { tr.classList.remove('table-danger'); });
    messages.textContent = '';
  }
  function say(text, cls) {
    var li = document.createElement('li');
    li.textContent = text;
    if (cls) { li.className = cls; }
    messages.appendChild(li);
  }
  function show(fb) {
    clear();
    var sections = sectionRows();
    var rows = shareRows();
    fb.sections.forEach(function (s) {
      var cell = sections[s.index] && sections[s.index].querySelector('.eligible');
      if (cell) { cell.textContent = s.eligible + ' / ' + s.needed; }
    });
    fb.rows.forEach(function (r) {
      var cell = rows[r.index] && rows[r.index].querySelector('.eligible');
      if (cell && r.counted) {
        cell.textContent = (eligibleText.dataset.countTemplate || '{0} ({1}–{2})')
          .replace('{0}', r.eligibleItems).replace('{1}', r.minPoints).replace('{2}', r.maxPoints);
      } else if (cell) {
        cell.textContent = (eligibleText.dataset.rowTemplate || '{0} · {1} ({2}–{3})')
          .replace('{0}', r.eligibleItems).replace('{1}', r.eligiblePoints)
          .replace('{2}', r.minPoints).replace('{3}', r.maxPoints);
      }
    });
    eligibleText.textContent = (eligibleText.dataset.template || '{0}').replace('{0}', fb.eligibleItems);
    var coverage = document.getElementById('feedback-information');
    if (coverage) {
      coverage.textContent = fb.information ? (coverage.dataset.template || '{0} / {1} ({2})')
        .replace('{0}', fb.information.calibrated).replace('{1}', fb.information.eligible)
        .replace('{2}', fb.information.needed) : '';
    }
    fb.problems.forEach(function (p) {
      var tr = p.target === 'row' ? rows[p.index] : p.target === 'section' ? sections[p.index] : null;
      if (tr) {
        tr.classList.add('table-danger');
        tr.querySelector('.row-problem').textContent = p.message;
      } else {
        var group = document.querySelector('.group-problem[data-group="' + p.target + '"]');
        if (group) { group.textContent = p.message; }
      }
      say(p.message, 'text-danger');
    });
    if (fb.problems.length) {
      status.textContent = status.dataset.problems;
      status.className = 'mb-2 text-danger';
    } else if (fb.feasible) {
      status.textContent = status.dataset.feasible;
      status.className = 'mb-2 text-success';
    } else {
      status.textContent = status.dataset.infeasible + (fb.diagnosis ? ' ' + fb.diagnosis.summary : '');
      status.className = 'mb-2 text-danger';
      (fb.diagnosis ? fb.diagnosis.shortfalls : []).forEach(function (s) { say(s.message, 'text-danger'); });
    }
  }
  function check() {
    status.textContent = status.dataset.checking;
    status.className = 'mb-2 text-muted';
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (csrf && csrfHeader) { headers[csrfHeader.content] = csrf.content; }
    fetch(panel.dataset.checkUrl, {
      method: 'POST', headers: headers, credentials: 'same-origin',
      body: JSON.stringify({ level: form.dataset.level, spec: spec() })
    }).then(function (r) { return r.json(); }).then(function (fb) {
      if (fb && fb.rows) { show(fb); } else { status.textContent = (fb && fb.detail) || '?'; }
    }).catch(function (e) { status.textContent = String(e); });
  }
  function later() {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(check, 500);
  }
  form.addEventListener('input', later);
  form.addEventListener('change', later);
  form.addEventListener('click', function (e) {
    var add = e.target.closest('.add-row');
    var remove = e.target.closest('.remove-row');
    if (add) {
      var tpl = document.getElementById(add.dataset.template);
      document.querySelector('#' + add.dataset.target + ' tbody').appendChild(tpl.content.firstElementChild.cloneNode(true));
      later();
    } else if (remove) {
      remove.closest('tr').remove();
      later();
    }
  });
  form.addEventListener('submit', function () {
    document.getElementById('definition').value = JSON.stringify(spec());
  });
  check();
}());
