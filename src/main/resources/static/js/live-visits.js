// The staff's grid of visits going on: asks every few seconds which visits there are, and shows the page again
// when one starts or ends (each tile's call is js/visit-call.js).
(function () {
  var grid = document.getElementById('live-grid');
  if (!grid) { return; }
  var shown = grid.dataset.shown ? grid.dataset.shown.split(',').sort().join(',') : '';
  setInterval(async function () {
    try {
      var response = await fetch(grid.dataset.ids, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) { return; }
      var now = (await response.json()).sort().join(',');
      if (now !== shown) { window.location.reload(); }
    } catch (error) { /* a blip: ask again */ }
  }, 5000);
})();
