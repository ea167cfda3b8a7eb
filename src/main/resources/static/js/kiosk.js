// The kiosk's session timer: the page session ends after the idle time the server gives
// (#idle-seconds), counted again from every page. Shows the minutes left, then the
// seconds in the last minute, and returns to the sign-in screen when the time is up.
(function () {
  var timer = document.querySelector('.kiosk-header .timer');
  if (!timer) { return; }
  var left = parseInt(document.getElementById('idle-seconds').value, 10);
  var signIn = document.getElementById('kiosk-start').value;
  var lang = document.documentElement.lang;
  var words = lang === 'es'
    ? { minutes: function (n) { return 'La sesión se cierra en ' + n + (n === 1 ? ' minuto' : ' minutos'); },
        seconds: function (n) { return 'La sesión se cierra en ' + n + ' s'; } }
    : { minutes: function (n) { return 'Signs out in ' + n + (n === 1 ? ' minute' : ' minutes'); },
        seconds: function (n) { return 'Signs out in ' + n + ' s'; } };
  function show() {
    timer.textContent = left > 60 ? words.minutes(Math.ceil(left / 60)) : words.seconds(left);
    if (left <= 60) { timer.classList.add('ending'); }
  }
  show();
  // a page that keeps working without loading again (a video visit) says so, and the time starts again
  var idle = left;
  document.addEventListener('homeward:active', function () { left = idle; show(); });
  setInterval(function () {
    left -= 1;
    if (left <= 0) { window.location.assign(signIn); return; }
    show();
  }, 1000);
})();
