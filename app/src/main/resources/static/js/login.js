// The login form during a login storm (issue 19): once sent, the page says 正在登录，请稍候 and the button cannot be
// pressed again while the password waits for its turn among the server's password checks (PasswordChecks).
(function () {
  const form = document.getElementById('login-form');
  const wait = document.getElementById('login-wait');
  if (!form || !wait) {
    return;
  }
  form.addEventListener('submit', function () {
    wait.hidden = false;
    const button = form.querySelector('button[type=submit]');
    setTimeout(function () { button.disabled = true; }, 0);
  });
})();
