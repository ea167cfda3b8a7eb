// The terminal-time counter (messaging/kiosk-meter.html): asks the server every 15 seconds, which charges the
// session the minutes it has entered, and shows what is left; warns near the end; when the minutes run out, saves
// the draft being written and goes to the page where more are bought.
(function () {
  var meter = document.querySelector('.terminal-meter');
  if (!meter) { return; }
  var left = meter.querySelector('.minutes-left');
  var done = false;
  function leave() {
    if (done) { return; }
    done = true;
    document.dispatchEvent(new CustomEvent('homeward:save-draft'));
    setTimeout(function () { window.location.assign(meter.dataset.out); }, 800);
  }
  function read() {
    fetch(meter.dataset.meter, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (reading) {
        if (!reading || !reading.metered) { return; }
        left.textContent = reading.text;
        meter.classList.toggle('usa-alert--warning', reading.warning);
        meter.classList.toggle('usa-alert--info', !reading.warning);
        if (reading.ranOut) { leave(); }
      })
      .catch(function () { /* the next reading tries again */ });
  }
  setInterval(read, 15000);
})();
