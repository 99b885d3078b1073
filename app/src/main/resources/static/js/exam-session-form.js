// Session form: list only the papers and blueprint versions of the chosen post and level.
(function () {
  'use strict';
  var post = document.getElementById('postId');
  var level = document.getElementById('level');
  var source = document.getElementById('source');
  if (!post || !level || !source) {
    return;
  }
  function filter() {
    var options = source.querySelectorAll('option[data-post]');
    for (var i = 0; i < options.length; i++) {
      var o = options[i];
      var fits = o.getAttribute('data-post') === post.value && o.getAttribute('data-level') === level.value;
      o.hidden = !fits;
      o.disabled = !fits;
      if (!fits && o.selected) {
        source.value = '';
      }
    }
  }
  post.addEventListener('change', filter);
  level.addEventListener('change', filter);
  filter();
})();
