// Quick exit ("Quitter rapidement"), run in the <head> of every page before Vaadin starts.
// - reperesQuitter(): remembers in this tab that the person left, asks the server to drop the session
//   (beacon to /quitter), then replaces the current history entry with the neutral site.
// - Back or Forward to a page of Repères after that (a fresh load or a page restored from the back-forward cache)
//   is sent to the neutral site again, before anything is drawn. Typing the address again starts afresh.
// - Pressing Shift three times in a row (within 3 seconds, no other key between) does the same as the button.
(function () {
  var NEUTRAL = __NEUTRAL__;
  var KEY = 'reperes-quitte';
  var root = document.documentElement;
  function left() {
    try { return sessionStorage.getItem(KEY) === '1'; } catch (e) { return false; }
  }
  function leave() {
    root.style.visibility = 'hidden';
    window.location.replace(NEUTRAL);
  }
  var entry = performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : null;
  if (left()) {
    if (entry && entry.type === 'back_forward') {
      leave();
    } else {
      try { sessionStorage.removeItem(KEY); } catch (e) { /* nothing kept */ }
    }
  }
  window.addEventListener('pageshow', function (event) {
    if (event.persisted && left()) {
      leave();
    }
  });
  window.reperesQuitter = function () {
    try { sessionStorage.setItem(KEY, '1'); } catch (e) { /* private mode: the session is dropped anyway */ }
    try { navigator.sendBeacon('/quitter'); } catch (e) { /* the session expires on its own */ }
    leave();
  };
  var presses = [];
  function announce(text) {
    var region = document.getElementById('annonce-sortie');
    if (region) {
      region.textContent = text;
    }
  }
  window.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift') {
      if (presses.length > 0) {
        presses = [];
        announce('');
      }
      return;
    }
    if (event.repeat) {
      return;
    }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 3000; });
    presses.push(now);
    if (presses.length >= 3) {
      presses = [];
      announce('Sortie de Repères.');
      window.reperesQuitter();
    } else {
      announce('Touche Maj : ' + presses.length + ' sur 3 pour quitter Repères.');
    }
  }, true);
})();
