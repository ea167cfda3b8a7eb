// Asks before a form that cannot be undone is sent: a form with data-confirm (the question) and
// data-confirm-yes (the words of the button that goes on) opens the page's one USWDS modal
// (#confirm-modal, see fragments.html); "yes" sends the form with the button that was pressed.
(function () {
  var pending = null;
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute('data-confirm');
    if (!question || form.getAttribute('data-confirmed') === 'yes') { return; }
    event.preventDefault();
    pending = { form: form, submitter: event.submitter || null };
    document.getElementById('confirm-modal-text').textContent = question;
    document.getElementById('confirm-yes').textContent = form.getAttribute('data-confirm-yes') || 'OK';
    document.getElementById('confirm-open').click();
  });
  document.addEventListener('click', function (event) {
    if (!pending || !event.target.closest('#confirm-yes')) { return; }
    var form = pending.form;
    var submitter = pending.submitter;
    pending = null;
    form.setAttribute('data-confirmed', 'yes');
    if (form.requestSubmit) { form.requestSubmit(submitter); } else { form.submit(); }
  });
})();
