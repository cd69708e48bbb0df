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
    if (document.hidden) { return; }
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
        var keep = respond && listBox.contains(respond) ? respond : null;
        if (keep) { respondHome.insertBefore(keep, respondNext); }
        listBox.innerHTML = html;
      })
      .catch(function () { /* the next round tries again */ });
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
    // Tabbing into a field brings all of it into view, not just its top edge (browsers stop once part shows).
    // Only for the keyboard: scrolling under a pointer between press and release would lose the click.
    var byKeyboard = false;
    document.addEventListener('keydown', function (event) { byKeyboard = event.key === 'Tab'; }, true);
    document.addEventListener('pointerdown', function () { byKeyboard = false; }, true);
    form.addEventListener('focusin', function (event) {
      if (byKeyboard && event.target.scrollIntoView) { event.target.scrollIntoView({ block: 'nearest' }); }
    });
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
  setInterval(refresh, REFRESH_MS);
  document.addEventListener('visibilitychange', refresh);
}());
