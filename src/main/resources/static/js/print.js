// A button of class print-page prints the page (a pay slip to take to the store).
(function () {
  document.addEventListener('click', function (event) {
    if (event.target.closest('.print-page')) { window.print(); }
  });
})();
