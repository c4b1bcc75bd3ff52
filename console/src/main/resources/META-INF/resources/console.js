// Progressive enhancement only: every page works without this file (forms post, pages reload).
(function () {
  'use strict';

  // A region whose content the server re-renders: swap it in when it changed, never under a person's typing.
  function poll(region) {
    var every = parseInt(region.getAttribute('data-every'), 10) || 2000;
    var url = region.getAttribute('data-poll');
    function busy() {
      var active = document.activeElement;
      if (active && region.contains(active) && active.tagName === 'INPUT') { return true; }
      return Array.prototype.some.call(region.querySelectorAll('input:not([type=hidden])'),
        function (input) { return input.value !== ''; });
    }
    function tick() {
      fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } }).then(function (reply) {
        if (reply.redirected || reply.status === 401) { throw new Error('signed out'); }
        return reply.text();
      }).then(function (html) {
        var next = document.createElement('div');
        next.innerHTML = html;
        var fresh = next.querySelector('.poll-body');
        var current = region.querySelector('.poll-body');
        if (!fresh || !current) { return; }
        var version = fresh.getAttribute('data-version');
        if (version !== null && version === current.getAttribute('data-version')) { return; }
        if (busy()) { return; }
        current.replaceWith(fresh);
        countdown();
      }).catch(function () { /* the next tick tries again; the page itself still works */ })
        .finally(function () { setTimeout(tick, every); });
    }
    setTimeout(tick, every);
  }

  // Time left until each pending approval expires; an expired one greys out and can no longer be sent.
  function countdown() {
    var now = Date.now();
    document.querySelectorAll('.time-left[data-expires]').forEach(function (span) {
      var left = Math.floor((Date.parse(span.getAttribute('data-expires')) - now) / 1000);
      var item = span.closest('.approval');
      if (left <= 0) {
        span.textContent = 'expired';
        if (item) {
          item.classList.remove('pending');
          item.classList.add('closed');
          item.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
        }
        return;
      }
      var m = Math.floor(left / 60), s = left % 60;
      span.textContent = (m >= 60 ? Math.floor(m / 60) + 'h ' + (m % 60) + 'm' : m + 'm ' + (s < 10 ? '0' : '') + s + 's');
    });
  }

  document.querySelectorAll('[data-poll]').forEach(poll);
  countdown();
  setInterval(countdown, 1000);
})();
