// WYSIWYG editing of the bank's rich text (stems, options, explanations, case texts) with Quill. A textarea stays
// the field's value: the editor writes the house's bank text into it (one line per paragraph, lists and inline
// formatting as the few tags the server's cleaner keeps, images only from /bank/images) and fires "input", so the
// page keeps reading textareas. Images pasted, dropped or chosen are uploaded to /bank/images first; the server
// sniffs their type and size and cleans every text again on saving.
(function () {
  'use strict';
  if (!window.Quill) {
    return; // the editor did not load: the plain textareas stay
  }
  var IMAGE_PATH = '/bank/images/';
  var IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif'];
  var FORMATS = ['bold', 'italic', 'underline', 'strike', 'script', 'code', 'list', 'image'];
  // Simple tables (rows of cells, no header cells or spans) are edited with Quill's table module.
  var TABLE_TOOLS = ['table-insert', 'table-row-below', 'table-column-right', 'table-row-delete', 'table-column-delete',
    'table-delete'];
  var FULL = [['bold', 'italic', 'underline', 'strike'], [{ script: 'sub' }, { script: 'super' }],
    [{ list: 'ordered' }, { list: 'bullet' }], ['image'], TABLE_TOOLS, ['clean']];
  var COMPACT = [['bold', 'italic', 'underline'], [{ script: 'sub' }, { script: 'super' }], ['image'], ['clean']];
  // Tables with header cells or spans are kept by the bank but not by this editor (its tables have plain cells only):
  // such a text stays in its textarea, as does any table in a compact field (an option).
  var KEEP_AS_HTML = /<(pre|th|thead|tfoot|caption)\b|\b(colspan|rowspan)\s*=/i;
  var HAS_TABLE = /<table\b/i;
  var BLOCK_START = /^<(ul|ol|p|pre|table)\b/i;
  var words = {};
  var active = null;

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var h = {};
    if (token && header) { h[header.getAttribute('content')] = token.getAttribute('content'); }
    return h;
  }

  function status(text, cls) {
    var box = document.getElementById('image-status');
    if (box) {
      box.className = 'small mt-1 ' + (cls || 'text-muted');
      box.textContent = text || '';
    }
  }

  /** Uploads one image file; resolves to its /bank/images URL or rejects with the server's message. */
  function upload(file) {
    var data = new FormData();
    data.append('file', file, file.name || 'image');
    status(words.uploading);
    return fetch('/bank/images', { method: 'POST', body: data, headers: csrfHeaders(), credentials: 'same-origin' })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (body) {
          if (!r.ok || !body.url) { throw new Error(body.detail || String(r.status)); }
          status(words.uploaded, 'text-success');
          return body.url;
        });
      })
      .catch(function (e) {
        status((words.failed || '{0}').replace('{0}', e.message), 'text-danger');
        throw e;
      });
  }

  function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  /** Bank text to the HTML the editor loads: each line a paragraph unless it is a list or another block. */
  function toEditorHtml(text) {
    if (!text) { return ''; }
    var html = text.indexOf('<') < 0 && text.indexOf('&') < 0 ? null : text;
    return text.split('\n').map(function (line) {
      if (html === null) { return '<p>' + escapeHtml(line) + '</p>'; }
      return BLOCK_START.test(line.trim()) ? line : '<p>' + line + '</p>';
    }).join('');
  }

  function stripAttributes(root, tags) {
    root.querySelectorAll(tags).forEach(function (node) {
      Array.prototype.slice.call(node.attributes).forEach(function (a) { node.removeAttribute(a.name); });
    });
  }

  /** One paragraph's inline HTML as a line; a line without markup is kept as plain text. */
  function line(node) {
    var html = node.innerHTML.replace(/&nbsp;|\u00a0/g, ' ');
    if (html === '<br>') { return ''; }
    if (html.indexOf('<') < 0) {
      var plain = node.textContent.replace(/\u00a0/g, ' ');
      return plain.indexOf('<') < 0 && plain.indexOf('&') < 0 ? plain : html;
    }
    return html;
  }

  /** What the editor holds, as bank text. */
  function bankText(quill) {
    var box = document.createElement('div');
    box.innerHTML = quill.getSemanticHTML();
    stripAttributes(box, 'ul, ol, li, p, table, tbody, tr, td');
    box.querySelectorAll('td').forEach(function (cell) {
      if (cell.innerHTML === '<br>') { cell.innerHTML = ''; }
    });
    var lines = [];
    Array.prototype.forEach.call(box.childNodes, function (node) {
      if (node.nodeType !== 1) {
        lines.push(escapeHtml(node.textContent));
      } else if (node.tagName === 'P') {
        lines.push(line(node));
      } else {
        lines.push(node.outerHTML.replace(/&nbsp;|\u00a0/g, ' '));
      }
    });
    return lines.map(function (l) { return l.trim(); }).filter(Boolean).join('\n');
  }

  function insertImage(quill, index, url) {
    quill.insertEmbed(index, 'image', url, 'user');
    quill.setSelection(index + 1, 0, 'silent');
  }

  function dataUrlToBlob(url) {
    var parts = /^data:([^;,]+)(;base64)?,(.*)$/.exec(url);
    if (!parts) { return null; }
    var bytes = parts[2] ? atob(parts[3]) : decodeURIComponent(parts[3]);
    var array = new Uint8Array(bytes.length);
    for (var i = 0; i < bytes.length; i++) { array[i] = bytes.charCodeAt(i); }
    return new Blob([array], { type: parts[1] });
  }

  // Images that came in with pasted HTML: inline data is uploaded into the bank, anything from elsewhere is removed
  // (the cleaner would drop it on saving anyway, silently).
  function settleImages(quill) {
    quill.root.querySelectorAll('img').forEach(function (img) {
      var src = img.getAttribute('src') || '';
      if (src.indexOf(IMAGE_PATH) === 0 || img.dataset.uploading) { return; }
      var blot = window.Quill.find(img);
      if (!blot) { return; }
      var index = quill.getIndex(blot);
      var blob = src.indexOf('data:image/') === 0 ? dataUrlToBlob(src) : null;
      if (!blob) {
        quill.deleteText(index, 1, 'user');
        status(words.outsideImage, 'text-warning');
        return;
      }
      img.dataset.uploading = 'true';
      upload(blob).then(function (url) {
        var at = quill.getIndex(blot);
        quill.deleteText(at, 1, 'user');
        quill.insertEmbed(at, 'image', url, 'user');
      }, function () {
        quill.deleteText(quill.getIndex(blot), 1, 'user');
      });
    });
  }

  function chooseImage(quill) {
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = IMAGE_TYPES.join(',');
    input.addEventListener('change', function () {
      if (input.files.length) { uploadInto(quill, quill.getSelection(true), [input.files[0]]); }
    });
    input.click();
  }

  function uploadInto(quill, range, files) {
    var index = range ? range.index : quill.getLength();
    files.reduce(function (done, file) {
      return done.then(function () {
        return upload(file).then(function (url) { insertImage(quill, index, url); index += 1; }, function () {});
      });
    }, Promise.resolve());
  }

  // Toolbar buttons in the page's language, for screen readers and as tooltips.
  var TOOLS = { bold: 'toolBold', italic: 'toolItalic', underline: 'toolUnderline', strike: 'toolStrike',
    'script-sub': 'toolSub', 'script-super': 'toolSuper', 'list-ordered': 'toolOrdered', 'list-bullet': 'toolBullet',
    image: 'toolImage', clean: 'toolClean', 'table-insert': 'toolTable', 'table-row-below': 'toolRowBelow',
    'table-column-right': 'toolColumnRight', 'table-row-delete': 'toolRowDelete',
    'table-column-delete': 'toolColumnDelete', 'table-delete': 'toolTableDelete' };

  function nameButtons(toolbar) {
    toolbar.querySelectorAll('button').forEach(function (b) {
      var key = b.classList[0].replace(/^ql-/, '') + (b.value ? '-' + b.value : '');
      var name = words[TOOLS[key]];
      if (name) {
        b.setAttribute('aria-label', name);
        b.title = name;
      }
      if (TABLE_TOOLS.indexOf(key) >= 0) {
        b.classList.add('table-tool');
        b.textContent = words[TOOLS[key] + 'Short'] || name || key;
      }
    });
  }

  /**
   * Puts an editor in place of a textarea and returns the wrapper that now stands where the textarea stood (it
   * carries the textarea's data-field, so problems are shown at the editor). A text with a table stays a textarea.
   */
  function wrap(textarea, options) {
    var opts = options || {};
    var wrapper = document.createElement('div');
    wrapper.className = 'rich-editor' + (opts.compact ? ' rich-editor-compact' : '');
    if (textarea.parentNode) { textarea.parentNode.replaceChild(wrapper, textarea); }
    if (KEEP_AS_HTML.test(textarea.value) || (opts.compact && HAS_TABLE.test(textarea.value))) {
      wrapper.appendChild(textarea);
      wrapper.appendChild(Object.assign(document.createElement('div'), {
        className: 'form-text', textContent: words.keptAsHtml || '' }));
      return wrapper;
    }
    if (textarea.dataset.field) {
      wrapper.setAttribute('data-field', textarea.dataset.field);
      textarea.removeAttribute('data-field');
    }
    var holder = document.createElement('div');
    wrapper.appendChild(holder);
    var handlers = { image: function () { chooseImage(quill); } };
    if (!opts.compact) { Object.assign(handlers, tableHandlers(function () { return quill; })); }
    var quill = new window.Quill(holder, {
      theme: 'snow',
      formats: opts.compact ? FORMATS : FORMATS.concat(['table']),
      modules: {
        table: !opts.compact,
        toolbar: { container: opts.compact ? COMPACT : FULL, handlers: handlers },
        uploader: { mimetypes: IMAGE_TYPES, handler: function (range, files) { uploadInto(quill, range, files); } }
      }
    });
    quill.setContents(quill.clipboard.convert({ html: toEditorHtml(textarea.value) }), 'silent');
    quill.history.clear(); // undo goes back to the stored text, not to an empty field
    textarea.hidden = true;
    textarea.tabIndex = -1;
    wrapper.appendChild(textarea);
    var root = quill.root;
    root.setAttribute('role', 'textbox');
    root.setAttribute('aria-multiline', 'true');
    ['aria-label', 'aria-labelledby'].forEach(function (a) {
      if (textarea.hasAttribute(a)) { root.setAttribute(a, textarea.getAttribute(a)); }
    });
    if (textarea.id) {
      document.querySelectorAll('label[for="' + textarea.id + '"]').forEach(function (label) { labelEditor(label, root); });
    }
    nameButtons(wrapper.querySelector('.ql-toolbar'));
    var editor = {
      quill: quill,
      wrapper: wrapper,
      insertText: function (text) {
        var range = quill.getSelection(true);
        quill.insertText(range ? range.index : quill.getLength() - 1, text, 'user');
      },
      insertImage: function (url) {
        var range = quill.getSelection(true);
        insertImage(quill, range ? range.index : quill.getLength() - 1, url);
      }
    };
    quill.on('text-change', function (delta, old, source) {
      textarea.value = bankText(quill);
      textarea.dispatchEvent(new Event('input'));
      if (source === 'user' && root.querySelector('img:not([src^="' + IMAGE_PATH + '"])')) {
        setTimeout(function () { settleImages(quill); }, 0);
      }
    });
    quill.on('selection-change', function (range) { if (range) { active = editor; } });
    wrapper.richEditor = editor;
    return wrapper;
  }

  /** The table buttons: a new table of two rows and two columns at the cursor; rows and columns where it stands. */
  function tableHandlers(quillOf) {
    function table() { return quillOf().getModule('table'); }
    return {
      'table-insert': function () { table().insertTable(2, 2); },
      'table-row-below': function () { table().insertRowBelow(); },
      'table-column-right': function () { table().insertColumnRight(); },
      'table-row-delete': function () { table().deleteRow(); },
      'table-column-delete': function () { table().deleteColumn(); },
      'table-delete': function () { table().deleteTable(); }
    };
  }

  /** Ties a label to an editor: read out as its name, and a click on it puts the cursor in the editor. */
  function labelEditor(label, root) {
    if (!label.id) { label.id = 'label-' + Math.random().toString(36).slice(2); }
    root.setAttribute('aria-labelledby', label.id);
    root.removeAttribute('aria-label');
    label.addEventListener('click', function (e) { e.preventDefault(); root.focus(); });
  }

  window.RichEditor = {
    wrap: wrap,
    labelEditor: labelEditor,
    upload: upload,
    bankText: bankText,
    /** The editor the author last worked in, or null. */
    active: function () { return active && document.body.contains(active.wrapper) ? active : null; },
    /** Words for the toolbar and messages, from the page (data-* attributes of #editor-text). */
    setWords: function (dataset) { words = dataset; }
  };
}());
