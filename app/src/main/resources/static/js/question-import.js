// Posts the question upload (and then the mapping step's choices) with fetch so the page can show an (indeterminate) progress bar and the elapsed time
// while the server reads, checks and imports the file. The answer is this same page; its main part replaces ours.
// Without script the form posts as usual. A failed request is never re-sent: an import must not run twice.
(function () {
  'use strict';

  function bind() {
    ['import-form', 'mapping-form'].forEach(function (id) {
      var form = document.getElementById(id);
      if (form) {
        form.addEventListener('submit', upload);
      }
    });
  }

  function upload(event) {
    event.preventDefault();
    var form = event.target;
    var progress = document.getElementById('import-progress');
    var elapsed = document.getElementById('import-elapsed');
    var started = Date.now();
    var result = document.getElementById('import-result');
    if (result) {
      result.replaceChildren();
    }
    progress.hidden = false;
    form.querySelectorAll('button[type=submit]').forEach(function (button) {
      button.disabled = true;
    });
    var timer = window.setInterval(function () {
      var seconds = Math.floor((Date.now() - started) / 1000);
      elapsed.textContent = (elapsed.dataset.template || '{0}').replace('{0}', String(seconds));
    }, 500);
    fetch(form.action, {method: 'POST', body: new FormData(form), credentials: 'same-origin'})
      .then(function (response) {
        return response.text();
      })
      .then(function (html) {
        var main = new DOMParser().parseFromString(html, 'text/html').getElementById('import-main');
        if (main) {
          document.getElementById('import-main').replaceWith(document.importNode(main, true));
          bind();
        } else {
          document.open();
          document.write(html);
          document.close();
        }
      })
      .catch(function (error) {
        progress.hidden = true;
        var alert = document.createElement('div');
        alert.className = 'alert alert-danger';
        alert.textContent = String(error);
        form.after(alert);
      })
      .finally(function () {
        window.clearInterval(timer);
      });
  }

  if (window.fetch && window.FormData && window.DOMParser) {
    bind();
  }
})();
