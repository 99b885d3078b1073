// The 考试须知 page before the opening (issue 19): candidates log in early and wait here. The countdown runs by the
// server's clock (the time the page was rendered, carried forward by the browser's monotonic clock), and the start
// button becomes usable at the opening plus a random few seconds (data-jitter-millis), so that a hall of waiting
// pages neither reloads nor starts in the same instant. The server still refuses a start before the opening.
(function () {
  'use strict';
  var form = document.getElementById('waiting');
  if (!form) {
    return;
  }
  var opensAt = Number(form.dataset.opensAt);
  var serverNow = Number(form.dataset.serverNow);
  var loadedAt = performance.now();
  var enableAt = opensAt + Math.floor(Math.random() * (Number(form.dataset.jitterMillis) || 0));
  var countdown = document.getElementById('countdown');
  var button = document.getElementById('start-exam');
  var state = document.getElementById('session-state');

  function now() { return serverNow + (performance.now() - loadedAt); }
  function two(n) { return (n < 10 ? '0' : '') + n; }
  function left(ms) {
    var s = Math.ceil(ms / 1000);
    var h = Math.floor(s / 3600);
    var m = Math.floor((s % 3600) / 60);
    return (h > 0 ? h + ':' + two(m) : m) + ':' + two(s % 60);
  }

  function tick() {
    var t = now();
    if (t >= enableAt) {
      countdown.textContent = form.dataset.open;
      button.disabled = false;
      if (state) {
        state.textContent = form.dataset.stateOpen;
        state.className = state.className.replace('exam-state-UPCOMING', 'exam-state-STARTABLE');
      }
      return;
    }
    countdown.textContent = form.dataset.countdown.replace('{0}', left(Math.max(0, opensAt - t)));
    setTimeout(tick, Math.min(1000, Math.max(50, enableAt - t)));
  }
  tick();
})();
