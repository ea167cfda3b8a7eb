// A button of class print-page prints the page (a pay slip to take to the store); a page with a [data-print-now]
// element prints itself once loaded (a message just paid for at the kiosk).
(function () {
  if (document.querySelector('[data-print-now]')) {
    window.addEventListener('load', function () { window.print(); });
  }
  document.addEventListener('click', function (event) {
    if (event.target.closest('.print-page')) { window.print(); }
  });
})();
