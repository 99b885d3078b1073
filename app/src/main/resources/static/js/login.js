// The login form during a login storm (issue 19): once sent, the page says 正在登录，请稍候 and the button cannot be
// pressed again. The form goes out from here (with X-Login-Retry); when the server's password checks are all busy
// (PasswordChecks) it answers 503 without checking the password, and this page sends the same form again after a
// turn the server gives it (X-Login-Turn-Millis: the moment its checks should have room, with X-Login-Ahead, how many
// are before it, shown on the page), and sends it back with X-Login-Turn so that it keeps its place. An answer without a
// turn (the database did not answer in time) is sent again after a pause that grows from Retry-After by half each
// time, up to 30 s, with ±25 % jitter, so that thousands of pages do not all come back at once. Any other answer (the landing page, or the login page
// with an error) is shown as the browser would have shown it.
(function () {
  'use strict';
  var form = document.getElementById('login-form');
  var wait = document.getElementById('login-wait');
  if (!form || !wait || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var button = form.querySelector('button[type=submit]');
  var busy = document.getElementById('login-busy');

  function pause(tries, retryAfter) {
    var base = Math.min(30, Math.max(retryAfter, 2) * Math.pow(1.5, tries));
    return Math.round(base * 1000 * (0.75 + 0.5 * Math.random()));
  }

  function showAhead(ahead, millis) {
    var template = wait.getAttribute('data-ahead');
    if (!template || isNaN(ahead)) {
      return;
    }
    wait.textContent = template.replace('{0}', String(Math.max(0, ahead)))
      .replace('{1}', String(Math.max(1, Math.round(millis / 1000))));
  }

  function send(body, tries, turn) {
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Login-Retry': '1' };
    if (turn) {
      headers['X-Login-Turn'] = '1';
    }
    fetch(form.action, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      redirect: 'follow',
      headers: headers
    }).then(function (response) {
      if (response.status === 503) {
        wait.dataset.tries = String(tries + 1);
        var turnMillis = parseInt(response.headers.get('X-Login-Turn-Millis') || '', 10);
        if (!isNaN(turnMillis)) {
          // come back at the turn given, a little spread so that neighbours do not arrive in the same millisecond
          showAhead(parseInt(response.headers.get('X-Login-Ahead') || '', 10), turnMillis);
          setTimeout(function () { send(body, tries + 1, true); }, Math.round(turnMillis * (1 + 0.05 * Math.random())));
          return;
        }
        var after = parseInt(response.headers.get('Retry-After') || '2', 10);
        setTimeout(function () { send(body, tries + 1, false); }, pause(tries, isNaN(after) ? 2 : after));
        return;
      }
      window.location.replace(response.url);
    }).catch(function () {
      // the network failed: send it again later, the password has not been checked
      setTimeout(function () { send(body, tries + 1, turn); }, pause(tries, 2));
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (button.disabled) {
      return;
    }
    wait.hidden = false;
    if (busy) {
      busy.hidden = true;
    }
    button.disabled = true;
    send(new URLSearchParams(new FormData(form)).toString(), 0, false);
  });
})();
