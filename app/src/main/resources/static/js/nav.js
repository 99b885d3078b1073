// Keeps the site menu on one line: on a wide screen, entries that do not fit move, last first, into the
// 更多 (More) menu at the end of the list, and come back when the window grows. Below Bootstrap's md breakpoint the
// menu is the collapsed list, where everything stays in place.
(function () {
  'use strict';
  var list = document.querySelector('#mainNav > .navbar-nav.me-auto');
  var more = document.getElementById('nav-more');
  var menu = document.getElementById('nav-more-menu');
  if (!list || !more || !menu) {
    return;
  }
  var wide = window.matchMedia('(min-width: 768px)');
  var bar = list.closest('.container-fluid');

  function overflowing() {
    var links = bar.querySelectorAll('.navbar-brand, .navbar-nav > .nav-item:not(.d-none)');
    var top = null;
    for (var i = 0; i < links.length; i++) {
      var r = links[i].getBoundingClientRect();
      var middle = r.top + r.height / 2;
      if (top === null) {
        top = middle;
      } else if (Math.abs(middle - top) > 6) {
        return true;
      }
    }
    return bar.scrollWidth > bar.clientWidth + 1;
  }

  function toMenu(item) {
    var link = item.querySelector('a');
    link.classList.remove('nav-link');
    link.classList.add('dropdown-item');
    menu.insertBefore(item, menu.firstChild);
  }

  function toBar(item) {
    var link = item.querySelector('a');
    link.classList.remove('dropdown-item');
    link.classList.add('nav-link');
    list.insertBefore(item, more);
  }

  function fit() {
    while (menu.firstChild) {
      toBar(menu.firstChild);
    }
    more.classList.add('d-none');
    if (!wide.matches) {
      return;
    }
    while (overflowing()) {
      var entries = list.querySelectorAll(':scope > .nav-item:not(#nav-more)');
      if (entries.length <= 1) {
        break;
      }
      more.classList.remove('d-none');
      toMenu(entries[entries.length - 1]);
    }
  }

  var pending = null;
  window.addEventListener('resize', function () {
    clearTimeout(pending);
    pending = setTimeout(fit, 100);
  });
  if (document.fonts && document.fonts.ready) {
    document.fonts.ready.then(fit);
  }
  fit();
})();
