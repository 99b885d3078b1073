// Exam page, part 1 of 2: talking to the server. Api sends the candidate API's JSON calls with the CSRF header and
// the page's X-Exam-Client id; SaveQueue sends every answer with a rising sequence number, keeps the newest
// unacknowledged save per question (also in localStorage, so a reload re-sends it) and retries with back-off.
// exam.js (part 2) draws the page.
(function () {
  'use strict';
  var ns = window.JiandingExam = window.JiandingExam || {};

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  }

  function storage(kind) {
    try { return window[kind]; } catch (e) { return null; }
  }

  function randomId() {
    if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
    return 'p' + Date.now().toString(36) + Math.random().toString(36).slice(2, 12);
  }

  /** The page instance's id: kept for this tab across reloads, new in another tab or device. */
  function clientId(attemptId) {
    var store = storage('sessionStorage');
    var key = 'jianding.exam.client.' + attemptId;
    var id = store ? store.getItem(key) : null;
    if (!id) {
      id = randomId().slice(0, 40);
      if (store) { try { store.setItem(key, id); } catch (e) { /* private mode: a new id per load */ } }
    }
    return id;
  }

  function Api(base, attemptId, pageUrl) {
    this.base = base;
    this.pageUrl = pageUrl;
    this.client = clientId(attemptId);
    this.csrfHeader = meta('_csrf_header') || 'X-CSRF-TOKEN';
    this.csrfToken = meta('_csrf');
  }

  /** Resolves {status, body} for any HTTP answer; rejects only when the server could not be reached. */
  /** keepalive: the request outlives the page (a report sent while the page unloads). */
  Api.prototype.call = function (method, path, body, keepalive) {
    var headers = { 'Accept': 'application/json', 'X-Exam-Client': this.client };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (method !== 'GET' && this.csrfToken) { headers[this.csrfHeader] = this.csrfToken; }
    return fetch(this.base + path, {
      method: method,
      headers: headers,
      credentials: 'same-origin',
      cache: 'no-store',
      redirect: 'manual',
      keepalive: !!keepalive,
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (res) {
      var status = res.type === 'opaqueredirect' ? 401 : res.status;
      return res.text().then(function (text) {
        var parsed = null;
        try { parsed = text ? JSON.parse(text) : null; } catch (e) { parsed = null; }
        return { status: status, body: parsed };
      });
    });
  };

  /** After a new login in another window the session (and its CSRF token) is new: read the token again. */
  Api.prototype.refreshCsrf = function () {
    var self = this;
    return fetch(this.pageUrl, { credentials: 'same-origin', cache: 'no-store', redirect: 'manual' })
      .then(function (res) { return res.ok ? res.text() : ''; })
      .then(function (html) {
        if (!html) { return; }
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var token = doc.querySelector('meta[name="_csrf"]');
        if (token) { self.csrfToken = token.getAttribute('content'); }
      })
      .catch(function () { /* still offline */ });
  };

  var MIN_DELAY = 1000;
  var MAX_DELAY = 30000;

  /**
   * listener: state(position, 'saving'|'saved'|'rejected'), connection('online'|'offline'|'sessionLost'),
   * conflict(position, problem), rejected(position, problem).
   */
  function SaveQueue(api, attemptId, listener) {
    this.api = api;
    this.key = 'jianding.exam.pending.' + attemptId;
    this.listener = listener;
    this.pending = {};
    this.seq = 0;
    this.busy = false;
    this.stopped = false;
    this.delay = 0;
    this.timer = null;
    // the server's time as the page estimates it (exam-run.js sets it); each answer is stamped with it when first
    // queued, so that the server takes a save arriving just after the deadline only if it was made before it
    this.now = function () { return Date.now(); };
  }

  /**
   * Takes the saves a previous load of this page did not get acknowledged, unless the server already holds a newer
   * save of that question; re-queues them with new, higher sequence numbers. Returns them by position.
   */
  SaveQueue.prototype.restore = function (lastSeq, serverAnswers) {
    var stored = null;
    var store = storage('localStorage');
    try { stored = store ? JSON.parse(store.getItem(this.key) || 'null') : null; } catch (e) { stored = null; }
    this.seq = Math.max(lastSeq || 0, (stored && stored.seq) || 0);
    var restored = {};
    var old = (stored && stored.pending) || {};
    var self = this;
    Object.keys(old).sort(function (a, b) { return old[a].seq - old[b].seq; }).forEach(function (pos) {
      var entry = old[pos];
      var server = serverAnswers ? serverAnswers[pos] : null;
      if (!server || server.seq < entry.seq) {
        restored[pos] = entry;
        self.put(Number(pos), entry.answer, entry.flagged, entry.sentAt);
      }
    });
    this.persist();
    return restored;
  };

  SaveQueue.prototype.put = function (position, answer, flagged, madeAt) {
    if (this.stopped) { return; }
    this.seq += 1;
    this.pending[position] = {
      seq: this.seq, answer: answer === undefined ? null : answer, flagged: !!flagged,
      sentAt: madeAt || new Date(this.now()).toISOString()
    };
    this.persist();
    this.listener.state(position, 'saving');
    this.kick();
  };

  SaveQueue.prototype.persist = function () {
    var store = storage('localStorage');
    if (!store) { return; }
    try {
      store.setItem(this.key, JSON.stringify({ seq: this.seq, pending: this.pending }));
    } catch (e) { /* storage full or blocked: the saves stay in memory */ }
  };

  SaveQueue.prototype.isPending = function (position) {
    return Object.prototype.hasOwnProperty.call(this.pending, position);
  };

  SaveQueue.prototype.size = function () { return Object.keys(this.pending).length; };

  SaveQueue.prototype.next = function () {
    var best = null;
    var pending = this.pending;
    Object.keys(pending).forEach(function (pos) {
      if (best === null || pending[pos].seq < pending[best].seq) { best = pos; }
    });
    return best === null ? null : Number(best);
  };

  SaveQueue.prototype.kick = function () {
    if (this.busy || this.stopped || this.timer) { return; }
    var position = this.next();
    if (position === null) { return; }
    var entry = this.pending[position];
    var self = this;
    this.busy = true;
    this.api.call('PUT', '/answers/' + position,
      { seq: entry.seq, answer: entry.answer, flagged: entry.flagged, sentAt: entry.sentAt })
      .then(function (res) { self.busy = false; self.answered(position, entry, res); },
        function () { self.busy = false; self.retry('offline'); });
  };

  SaveQueue.prototype.answered = function (position, entry, res) {
    if (this.stopped) { return; }
    if (res.status === 200 && res.body) {
      this.delay = 0;
      this.listener.connection('online');
      var current = this.pending[position];
      if (current && current.seq <= res.body.seq) {
        delete this.pending[position];
        this.persist();
        this.listener.state(position, 'saved');
      }
      this.kick();
    } else if (res.status === 409) {
      this.listener.connection('online');
      this.listener.conflict(position, res.body);
    } else if (res.status === 400 || res.status === 404 || res.status === 422) {
      // the server refuses this answer as given: sending it again would not help
      if (this.pending[position] && this.pending[position].seq === entry.seq) {
        delete this.pending[position];
        this.persist();
      }
      this.listener.connection('online');
      this.listener.rejected(position, res.body);
      this.kick();
    } else if (res.status === 401 || res.status === 403) {
      this.retry('sessionLost');
    } else {
      this.retry('offline');
    }
  };

  SaveQueue.prototype.retry = function (why) {
    if (this.stopped) { return; }
    this.listener.connection(why);
    this.delay = this.delay ? Math.min(this.delay * 2, MAX_DELAY) : MIN_DELAY;
    var self = this;
    this.timer = setTimeout(function () {
      self.timer = null;
      if (why === 'sessionLost') {
        self.api.refreshCsrf().then(function () { self.kick(); });
      } else {
        self.kick();
      }
    }, this.delay);
  };

  /** Resolves true when every save is acknowledged, false after timeoutMs. */
  SaveQueue.prototype.drain = function (timeoutMs) {
    var self = this;
    var until = Date.now() + timeoutMs;
    if (this.timer) { clearTimeout(this.timer); this.timer = null; this.kick(); }
    return new Promise(function (resolve) {
      (function check() {
        if (self.size() === 0) { resolve(true); return; }
        if (self.stopped || Date.now() >= until) { resolve(false); return; }
        setTimeout(check, 150);
      })();
    });
  };

  /** Stops saving (another device took over, or the attempt is over). */
  SaveQueue.prototype.stop = function () {
    this.stopped = true;
    if (this.timer) { clearTimeout(this.timer); this.timer = null; }
  };

  /** Forgets everything, also in localStorage: the attempt is handed in. */
  SaveQueue.prototype.clear = function () {
    this.stop();
    this.pending = {};
    var store = storage('localStorage');
    if (store) { try { store.removeItem(this.key); } catch (e) { /* ignore */ } }
  };

  ns.Api = Api;
  ns.SaveQueue = SaveQueue;
})();
