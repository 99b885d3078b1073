// Question list: "select all", showing only the inputs the chosen bulk action needs, and a count of ticked rows.
(function () {
  'use strict';
  var form = document.getElementById('bulk-form');
  if (!form) {
    return;
  }
  var all = document.getElementById('select-all');
  var action = document.getElementById('bulk-action');
  var count = document.getElementById('bulk-count');
  var template = count.textContent;
  var rows = function () { return Array.prototype.slice.call(document.querySelectorAll('.row-check')); };

  function refreshCount() {
    var n = rows().filter(function (c) { return c.checked; }).length;
    count.textContent = n === 0 ? template : (form.dataset.selected || '{0}').replace('{0}', n);
    if (all) {
      all.checked = n > 0 && n === rows().length;
      all.indeterminate = n > 0 && n < rows().length;
    }
  }

  function refreshInputs() {
    form.querySelectorAll('[data-for-action]').forEach(function (el) {
      var shown = el.getAttribute('data-for-action') === action.value;
      el.hidden = !shown;
      el.querySelectorAll('input, select').forEach(function (i) { i.required = shown; });
    });
  }

  if (all) {
    all.addEventListener('change', function () {
      rows().forEach(function (c) { c.checked = all.checked; });
      refreshCount();
    });
  }
  rows().forEach(function (c) { c.addEventListener('change', refreshCount); });
  action.addEventListener('change', refreshInputs);
  form.addEventListener('submit', function (e) {
    if (!rows().some(function (c) { return c.checked; })) {
      e.preventDefault();
      count.textContent = form.dataset.none || template;
      count.classList.add('text-danger');
    }
  });
  refreshInputs();
  refreshCount();
}());
