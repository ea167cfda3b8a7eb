// Writing a message: counts characters as the person types, saves the draft on the server a moment after they stop,
// and (for families) asks the server what the message will cost, photos and prepaid reply included.
(function () {
  var form = document.getElementById('compose');
  if (!form) { return; }
  var body = document.getElementById('body');
  var count = document.getElementById('count');
  var saved = document.getElementById('saved');
  var photos = document.getElementById('photos');
  var prepaid = document.getElementById('prepaidReply');
  var kiosk = form.dataset.kiosk === 'true';
  var csrf = form.querySelector('input[name="_csrf"]');
  var timer = null;

  function field(name) {
    var input = form.querySelector('input[name="' + name + '"]');
    return input ? input.value : '';
  }

  function post(path, params) {
    if (csrf) { params.append('_csrf', csrf.value); }
    return fetch(path, { method: 'POST', body: params, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  }

  function characters() {
    return Array.from(body.value).length;
  }

  function saveDraft() {
    var params = new URLSearchParams();
    params.append('draftId', field('draftId'));
    params.append('body', body.value);
    if (kiosk) {
      params.append('accountId', field('accountId'));
    } else {
      params.append('inmateId', field('inmateId'));
      params.append('prepaidReply', prepaid && prepaid.checked ? 'true' : 'false');
    }
    return post(kiosk ? '/kiosk/drafts' : '/messages/drafts', params).then(function (response) {
      if (response.ok && saved) { saved.hidden = false; }
    });
  }

  function quote() {
    if (kiosk) { return; }
    var params = new URLSearchParams();
    params.append('inmateId', field('inmateId'));
    params.append('body', body.value.length ? body.value : ' ');
    params.append('photoCount', photos ? String(photos.files.length) : '0');
    params.append('prepaidReply', prepaid && prepaid.checked ? 'true' : 'false');
    post('/messages/quote', params).then(function (response) { return response.text(); }).then(function (html) {
      var target = document.getElementById('quote');
      var parsed = new DOMParser().parseFromString(html, 'text/html').getElementById('quote');
      if (target && parsed) { target.innerHTML = parsed.innerHTML; }
    });
  }

  function changed() {
    count.textContent = String(characters());
    if (saved) { saved.hidden = true; }
    clearTimeout(timer);
    timer = setTimeout(function () { saveDraft(); quote(); }, 600);
  }

  body.addEventListener('input', changed);
  // the terminal-time counter saves what is written before the minutes run out
  document.addEventListener('homeward:save-draft', function () { saveDraft(); });
  if (photos) {
    photos.addEventListener('change', function () {
      var most = Number(form.dataset.maxPhotos || '5');
      photos.setCustomValidity(photos.files.length > most ? 'At most ' + most + ' photos' : '');
      quote();
    });
  }
  if (prepaid) { prepaid.addEventListener('change', changed); }
  count.textContent = String(characters());
})();
