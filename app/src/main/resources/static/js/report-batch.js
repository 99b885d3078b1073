// Progress of a report batch: polls the batch's JSON about once a second until it is done or failed.
(function () {
  const box = document.getElementById('batch');
  if (!box || box.dataset.finished === 'true') {
    return;
  }
  const bar = document.getElementById('batch-bar');
  const status = document.getElementById('batch-status');
  const counts = document.getElementById('batch-counts');
  const zip = document.getElementById('batch-zip');
  const problems = document.getElementById('batch-problems');
  const list = document.getElementById('batch-problem-list');
  // the words come from the page, in the reader's language
  const names = {
    QUEUED: box.dataset.statusQueued,
    RUNNING: box.dataset.statusRunning,
    DONE: box.dataset.statusDone,
    FAILED: box.dataset.statusFailed
  };

  function show(p) {
    bar.style.width = p.percent + '%';
    bar.textContent = p.percent + '%';
    bar.parentElement.setAttribute('aria-valuenow', p.percent);
    status.textContent = names[p.status] || p.status;
    counts.textContent = box.dataset.counts
      .replace('%done', String(p.done))
      .replace('%total', String(p.total))
      .replace('%failed', String(p.failed));
    if (p.problems.length > 0) {
      problems.classList.remove('d-none');
      list.replaceChildren(...p.problems.map(text => {
        const li = document.createElement('li');
        li.textContent = text;
        return li;
      }));
    }
    if (p.zip) {
      zip.href = p.zip;
      zip.classList.remove('d-none');
    }
    if (p.status === 'FAILED') {
      bar.classList.add('bg-danger');
    }
    return p.status === 'DONE' || p.status === 'FAILED';
  }

  function poll() {
    fetch(box.dataset.progress, {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then(r => (r.ok ? r.json() : Promise.reject(r.status)))
      .then(p => {
        if (!show(p)) {
          setTimeout(poll, 1000);
        }
      })
      .catch(() => setTimeout(poll, 3000));
  }
  setTimeout(poll, 1000);
})();
