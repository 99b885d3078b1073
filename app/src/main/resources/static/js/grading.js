// The grader's marking page: one anonymous answer at a time, rubric points as number inputs, keyboard-driven
// (Enter: save and next; ←/→: previous/next; digits 1–9: jump to a rubric point).
(function () {
  'use strict';
  const root = document.getElementById('grading');
  if (!root) {
    return;
  }
  const queueUrl = root.dataset.queueUrl;
  const taskUrl = root.dataset.taskUrl;
  const csrfToken = document.querySelector('meta[name="_csrf"]')?.content;
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]')?.content || 'X-CSRF-TOKEN';
  const texts = {};
  document.querySelectorAll('#grading-texts [data-key]').forEach((el) => { texts[el.dataset.key] = el.textContent; });
  const $ = (id) => document.getElementById(id);
  const fmt = (key, ...args) => (texts[key] || '').replace(/\{(\d)\}/g, (m, i) => String(args[Number(i)]));

  let mine = [];          // ids of my tasks, in order
  let currentId = null;   // the task in hand (not yet done), if any
  let shown = null;       // the task on screen
  let queue = null;

  async function api(url, options) {
    const headers = { Accept: 'application/json' };
    if (options && options.body) {
      headers['Content-Type'] = 'application/json';
      if (csrfToken) {
        headers[csrfHeader] = csrfToken;
      }
    }
    const res = await fetch(url, Object.assign({ credentials: 'same-origin', headers }, options || {}));
    const body = res.status === 204 ? null : await res.json().catch(() => null);
    if (!res.ok) {
      throw new Error((body && (body.detail || body.title)) || res.statusText);
    }
    return body;
  }

  async function loadQueue() {
    const state = await api(queueUrl);
    queue = state.queue;
    mine = state.mine.slice();
    currentId = state.current ? state.current.taskId : null;
    if (currentId !== null && !mine.includes(currentId)) {
      mine.push(currentId);
    }
    progress();
    if (state.current) {
      show(state.current);
    } else {
      none();
    }
  }

  function progress() {
    const done = queue ? queue.done : 0;
    const total = queue ? queue.done + queue.available : 0;
    $('progress').textContent = done + ' / ' + total;
  }

  function none() {
    shown = null;
    $('task').classList.add('d-none');
    $('none').classList.remove('d-none');
  }

  function show(task) {
    shown = task;
    $('none').classList.add('d-none');
    $('task').classList.remove('d-none');
    $('label').textContent = fmt('sheet', task.label);
    $('round').textContent = fmt('round', task.round);
    $('arbiter').textContent = task.earlierMarks.length ? fmt('arbiter', task.earlierMarks.join(' / ')) : '';
    $('case-box').classList.toggle('d-none', !task.caseText);
    $('case-text').textContent = task.caseText || '';
    $('stem').textContent = task.stem || '';
    $('part-stem').textContent = task.partNo > 0 ? fmt('part', task.partNo) + '　' + (task.partStem || '') : '';
    $('answer').textContent = task.answer;
    $('reference').textContent = task.referenceAnswer;
    $('max').textContent = task.maxPoints;
    $('comment').value = task.comment || '';
    $('error').classList.add('d-none');
    $('status').textContent = '';
    const rubric = $('rubric');
    rubric.replaceChildren();
    task.rubric.forEach((line, i) => {
      const group = document.createElement('div');
      group.className = 'mb-2';
      const label = document.createElement('label');
      label.className = 'form-label small mb-0';
      label.htmlFor = 'score-' + i;
      label.textContent = (i + 1) + '. ' + line.description + '（' + fmt('points', line.points) + '）';
      const input = document.createElement('input');
      input.type = 'number';
      input.className = 'form-control form-control-sm rubric-score';
      input.id = 'score-' + i;
      input.min = '0';
      input.max = String(line.points);
      input.step = '0.5';
      input.value = task.scores.length > i ? task.scores[i] : '';
      input.disabled = !task.editable;
      input.addEventListener('input', total);
      group.append(label, input);
      rubric.append(group);
    });
    $('comment').disabled = !task.editable;
    $('save').disabled = !task.editable;
    $('readonly').classList.toggle('d-none', task.editable);
    const index = mine.indexOf(task.taskId);
    $('previous').disabled = index <= 0;
    $('next').disabled = index < 0 || index >= mine.length - 1;
    total();
    const first = document.getElementById('score-0');
    if (first && task.editable) {
      first.focus();
    }
  }

  function total() {
    let sum = 0;
    document.querySelectorAll('.rubric-score').forEach((input) => { sum += Number(input.value || 0); });
    $('total').textContent = (Math.round(sum * 100) / 100).toString();
  }

  async function save(event) {
    if (event) {
      event.preventDefault();
    }
    if (!shown || !shown.editable) {
      return;
    }
    const scores = Array.from(document.querySelectorAll('.rubric-score')).map((i) => (i.value === '' ? null : Number(i.value)));
    try {
      const saved = await api(taskUrl + shown.taskId, {
        method: 'POST',
        body: JSON.stringify({ scores, comment: $('comment').value })
      });
      $('status').textContent = texts.saved;
      if (saved.taskId === currentId) {
        await loadQueue();
      } else {
        move(1);
      }
    } catch (e) {
      $('error').textContent = texts.failed + '：' + e.message;
      $('error').classList.remove('d-none');
    }
  }

  async function move(step) {
    if (!shown) {
      if (step < 0 && mine.length) {
        show(await api(taskUrl + mine[mine.length - 1]));
      }
      return;
    }
    const index = mine.indexOf(shown.taskId) + step;
    if (index >= 0 && index < mine.length) {
      show(await api(taskUrl + mine[index]));
    } else if (step > 0) {
      await loadQueue();
    }
  }

  $('score-form').addEventListener('submit', save);
  $('previous').addEventListener('click', () => move(-1));
  $('next').addEventListener('click', () => move(1));
  document.addEventListener('keydown', (e) => {
    const inText = e.target instanceof HTMLTextAreaElement;
    if (e.key === 'Enter' && !e.shiftKey && !inText) {
      save(e);
    } else if (e.key === 'Enter' && e.ctrlKey && inText) {
      save(e);
    } else if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && !(e.target instanceof HTMLInputElement) && !inText) {
      e.preventDefault();
      move(e.key === 'ArrowLeft' ? -1 : 1);
    } else if (e.altKey && /^[1-9]$/.test(e.key) || (/^[1-9]$/.test(e.key) && !(e.target instanceof HTMLInputElement) && !inText)) {
      const input = document.getElementById('score-' + (Number(e.key) - 1));
      if (input) {
        e.preventDefault();
        input.focus();
        input.select();
      }
    }
  });
  loadQueue().catch((e) => {
    $('error').textContent = e.message;
    $('error').classList.remove('d-none');
  });
}());
