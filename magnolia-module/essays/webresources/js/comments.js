/*
 * Magnolia Essays comment area, progressive enhancement only: the form and the list work without this script.
 * With it: the form gets a fresh signed time token (cached pages carry none), replies open under their comment,
 * name/e-mail/website are remembered when asked, posts go out as JSON with an idempotency key (a retry can't
 * double a comment), and the list refreshes itself from the uncached endpoint, so a page served from Magnolia's
 * cache still shows newly approved comments within seconds.
 */
(function () {
  'use strict';
  var area = document.getElementById('comments');
  if (!area || !window.fetch) { return; }
  var form = document.getElementById('commentform');
  var listBox = area.querySelector('.comment-list-container');
  var respond = document.getElementById('respond');
  var respondHome = respond ? respond.parentNode : null;
  var respondNext = respond ? respond.nextSibling : null;
  var etag = area.getAttribute('data-etag');
  var REFRESH_MS = 4000;
  var COOKIE = 'essays_commenter';

  function token() {
    if (!form) { return; }
    fetch(area.getAttribute('data-token'), { cache: 'no-store', credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (json) { if (json && json.token) { form.elements.token.value = json.token; } })
      .catch(function () { /* without a token the comment is held for moderation, not lost */ });
  }

  function refresh() {
    // Not while the reader is busy in the list: replying in place, editing, or reading with focus inside it.
    if (document.hidden || listBox.querySelector('.comment-edit-form') || (respond && listBox.contains(respond))
        || listBox.contains(document.activeElement)) { return; }
    var headers = { Accept: 'text/html' };
    if (etag) { headers['If-None-Match'] = etag; }
    fetch(area.getAttribute('data-list'), { cache: 'no-store', credentials: 'same-origin', headers: headers })
      .then(function (r) {
        if (r.status !== 200) { return null; }
        etag = r.headers.get('ETag') || etag;
        return r.text();
      })
      .then(function (html) {
        if (html === null || html === undefined) { return; }
        listBox.innerHTML = html;
        offerEdits();
      })
      .catch(function () { /* the next round tries again */ });
  }

  // Own comments stay editable for a while (the server checks the secret and the window); the secrets live only
  // in this browser.
  var EDITS = 'essays_own_comments';
  var EDIT_WINDOW_MS = 10 * 60 * 1000;

  function ownComments() {
    var all;
    try { all = JSON.parse(localStorage.getItem(EDITS) || '{}'); } catch (e) { all = {}; }
    var now = Date.now();
    Object.keys(all).forEach(function (id) { if (all[id].until < now) { delete all[id]; } });
    return all;
  }

  function remembered(id, secret) {
    var all = ownComments();
    all[id] = { secret: secret, until: Date.now() + EDIT_WINDOW_MS };
    try { localStorage.setItem(EDITS, JSON.stringify(all)); } catch (e) { /* private mode: no editing later */ }
  }

  function offerEdits() {
    var own = ownComments();
    Object.keys(own).forEach(function (id) {
      var item = document.getElementById('comment-' + id);
      var body = item ? item.querySelector('article') : null;
      if (!body || body.querySelector('.comment-edit-link')) { return; }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'comment-edit-link';
      button.textContent = 'Edit';
      button.addEventListener('click', function () { editInPlace(id, own[id].secret, body, button); });
      body.appendChild(button);
    });
  }

  function editInPlace(id, secret, body, button) {
    var content = body.querySelector('.comment-content');
    var box = document.createElement('form');
    box.className = 'comment-edit-form';
    var label = document.createElement('label');
    label.setAttribute('for', 'edit-' + id);
    label.textContent = 'Edit your comment';
    var text = document.createElement('textarea');
    text.id = 'edit-' + id;
    text.name = 'comment';
    text.rows = 5;
    text.maxLength = 5000;
    text.value = content ? content.innerText.trim() : '';
    var save = document.createElement('button');
    save.type = 'submit';
    save.textContent = 'Save';
    var note = document.createElement('p');
    note.className = 'comment-form-status';
    note.setAttribute('role', 'status');
    box.appendChild(label); box.appendChild(text); box.appendChild(save); box.appendChild(note);
    button.hidden = true;
    body.appendChild(box);
    text.focus();
    box.addEventListener('submit', function (event) {
      event.preventDefault();
      var data = new URLSearchParams();
      data.set('comment', text.value);
      data.set('edit_secret', secret);
      fetch(form.action + '/' + encodeURIComponent(id) + '/edit', {
        method: 'POST', credentials: 'same-origin', body: data, headers: { Accept: 'application/json' }
      }).then(function (r) {
        return r.json().then(function (json) { return { ok: r.ok, json: json }; }, function () { return { ok: r.ok, json: {} }; });
      }).then(function (result) {
        if (result.ok) { box.remove(); etag = null; refresh(); } else { note.textContent = result.json.message || 'The comment could not be changed.'; }
      }).catch(function () { note.textContent = 'The comment could not be changed just now.'; });
    });
  }

  function readCookie() {
    var match = document.cookie.split('; ').filter(function (c) { return c.indexOf(COOKIE + '=') === 0; })[0];
    if (!match) { return null; }
    try { return JSON.parse(decodeURIComponent(match.substring(COOKIE.length + 1))); } catch (e) { return null; }
  }

  function remember(on) {
    if (on) {
      var value = encodeURIComponent(JSON.stringify({
        author: form.elements.author.value, email: form.elements.email.value, url: form.elements.url.value }));
      document.cookie = COOKIE + '=' + value + '; path=/; max-age=31536000; SameSite=Lax' + (location.protocol === 'https:' ? '; Secure' : '');
    } else {
      document.cookie = COOKIE + '=; path=/; max-age=0; SameSite=Lax';
    }
  }

  function setStatus(text) {
    var status = form.querySelector('.comment-form-status');
    if (status) { status.textContent = text; }
  }

  function clearErrors() {
    Array.prototype.forEach.call(form.querySelectorAll('.field-error'), function (e) { e.remove(); });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (e) { e.removeAttribute('aria-invalid'); });
  }

  function showErrors(json) {
    var first = null;
    (json.errors || []).forEach(function (error) {
      var field = form.elements[error.field];
      var message = document.createElement('span');
      message.className = 'field-error';
      message.id = 'error-' + error.field;
      message.textContent = error.message;
      if (field && field.parentNode) {
        field.setAttribute('aria-invalid', 'true');
        field.setAttribute('aria-describedby', message.id);
        field.parentNode.appendChild(message);
        first = first || field;
      }
    });
    setStatus(json.message || 'Your comment was not sent.');
    if (first) { first.focus(); }
  }

  function moveFormUnder(commentId) {
    var target = document.getElementById('comment-' + commentId);
    if (!target || !respond) { return false; }
    target.querySelector('article').appendChild(respond);
    form.elements.comment_parent.value = commentId;
    respond.querySelector('.cancel-reply').hidden = false;
    form.elements.comment.focus();
    return true;
  }

  // Tabbing into a field brings all of it into view, not just its top edge (browsers stop once part shows).
  // Only for the keyboard: scrolling under a pointer between press and release would lose the click.
  var byKeyboard = false;
  document.addEventListener('keydown', function (event) { byKeyboard = event.key === 'Tab'; }, true);
  document.addEventListener('pointerdown', function () { byKeyboard = false; }, true);
  area.addEventListener('focusin', function (event) {
    if (byKeyboard && event.target.scrollIntoView) { event.target.scrollIntoView({ block: 'nearest' }); }
  });

  area.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('.comment-reply-link, #cancel-comment-reply-link') : null;
    if (!link || !form) { return; }
    if (link.id === 'cancel-comment-reply-link') {
      event.preventDefault();
      respondHome.insertBefore(respond, respondNext);
      form.elements.comment_parent.value = '';
      respond.querySelector('.cancel-reply').hidden = true;
      form.elements.comment.focus();
    } else if (moveFormUnder(link.getAttribute('data-comment-id'))) {
      event.preventDefault();
    }
  });

  if (form) {
    var saved = readCookie();
    if (saved) {
      ['author', 'email', 'url'].forEach(function (name) { if (saved[name] && !form.elements[name].value) { form.elements[name].value = saved[name]; } });
      form.elements.remember.checked = true;
    }
    var key = null;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearErrors();
      key = key || (window.crypto && crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random());
      var body = new URLSearchParams(new FormData(form));
      var button = form.querySelector('button[type=submit]');
      button.disabled = true;
      setStatus('Sending…');
      fetch(form.action, {
        method: 'POST', credentials: 'same-origin', body: body,
        headers: { Accept: 'application/json', 'Idempotency-Key': key }
      }).then(function (r) {
        return r.json().then(function (json) { return { status: r.status, json: json }; }, function () { return { status: r.status, json: {} }; });
      }).then(function (result) {
        button.disabled = false;
        if (result.status === 200 || result.status === 201) {
          key = null;
          if (result.json.id && result.json.editSecret) { remembered(result.json.id, result.json.editSecret); }
          remember(form.elements.remember.checked);
          form.elements.comment.value = '';
          setStatus(result.json.message || (result.json.status === 'approved' ? 'Your comment is published.' : 'Your comment is awaiting moderation.'));
          etag = null;
          refresh();
          token();
        } else {
          showErrors(result.json);
          if (result.status !== 409) { token(); }
        }
      }).catch(function () {
        button.disabled = false;
        setStatus('Your comment could not be sent just now; it is still here. Please try again.');
      });
    });
    var replyTo = form.elements.comment_parent.value;
    if (replyTo) { moveFormUnder(replyTo); }
    token();
  }
  var mine = document.getElementById('personal-data-form');
  if (mine) {
    mine.addEventListener('submit', function (event) {
      event.preventDefault();
      fetch(mine.action, { method: 'POST', credentials: 'same-origin', body: new URLSearchParams(new FormData(mine)),
        headers: { Accept: 'application/json' } })
        .then(function (r) { return r.json(); })
        .then(function (json) { mine.querySelector('.comment-form-status').textContent = json.message || ''; })
        .catch(function () { mine.querySelector('.comment-form-status').textContent = 'The request could not be sent just now.'; });
    });
  }
  offerEdits();
  setInterval(refresh, REFRESH_MS);
  document.addEventListener('visibilitychange', refresh);
}());
