// Keeps the browser's time zone in a cookie so that pages write times in the visitor's own
// zone (see Times). A year long, readable by pages only of this site.
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf('homeward-tz=' + zone) < 0) {
      document.cookie = 'homeward-tz=' + zone + '; path=/; max-age=31536000; samesite=lax';
    }
  } catch (e) { /* an old browser: the default zone stays */ }
})();
