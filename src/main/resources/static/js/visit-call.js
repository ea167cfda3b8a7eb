// A video visit's call in the browser (the family's page, the kiosk, a staff monitor, or each tile of the staff's
// grid of live visits). Session descriptions go through Homeward (data-base: .../publish, .../receive, .../state,
// .../presence); the media flows with the media server.
// Waits for ICE gathering before sending a description (no trickle). Words come from the page (data-t-*).
(function () {
  var calls = [];
  document.querySelectorAll('.call[data-base]').forEach(function (root) { calls.push(call(root)); });
  // for tests and support: what each call on the page receives (the first, on a page with one)
  window.homewardCalls = calls;
  window.homewardCall = calls[0];

  function call(root) {
    var base = root.dataset.base;
    var monitor = root.dataset.role === 'monitor';
    // a tile of the grid: many calls on one page, none heard
    var silent = root.dataset.silent === 'true';
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (root.dataset.csrfHeader) { headers[root.dataset.csrfHeader] = root.dataset.csrf; }
    var end = root.dataset.end ? new Date(root.dataset.end) : null;
    var opens = root.dataset.opens ? new Date(root.dataset.opens) : null;
    function part(name) { return root.querySelector('.call-' + name); }
    var status = part('status');
    var countdown = part('countdown');
    var join = part('join');
    var check = part('check');
    var local = part('local');
    var remotes = part('remotes');
    var stream = null, pub = null, sub = null, joined = false, ended = false, warned = false, receiving = false;

    function word(name) { return root.getAttribute('data-t-' + name) || name; }
    function say(text) { status.textContent = text; }
    function sleep(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }

    async function api(path, body) {
      var response = await fetch(base + path, {
        method: body === undefined ? 'GET' : 'POST', headers: headers, credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body)
      });
      document.dispatchEvent(new Event('homeward:active'));
      if (response.status === 204) { return {}; }
      var json = await response.json().catch(function () { return {}; });
      if (!response.ok) {
        var error = new Error(json.detail || String(response.status));
        error.status = response.status;
        error.code = json.code;
        throw error;
      }
      return json;
    }

    function gathered(pc) {
      return new Promise(function (resolve) {
        if (pc.iceGatheringState === 'complete') { return resolve(); }
        pc.addEventListener('icegatheringstatechange', function () {
          if (pc.iceGatheringState === 'complete') { resolve(); }
        });
        setTimeout(resolve, 5000);
      });
    }

    async function camera() {
      if (!stream) {
        stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
        local.srcObject = stream;
        local.hidden = false;
      }
      return stream;
    }

    async function publish() {
      if (pub) { pub.close(); }
      pub = new RTCPeerConnection();
      (await camera()).getTracks().forEach(function (track) { pub.addTrack(track, stream); });
      await pub.setLocalDescription(await pub.createOffer());
      await gathered(pub);
      var answer = await api('/publish', { sdp: pub.localDescription.sdp });
      await pub.setRemoteDescription({ type: 'answer', sdp: answer.sdp });
      var mine = pub;
      pub.addEventListener('connectionstatechange', function () {
        if (!ended && mine === pub && (pub.connectionState === 'failed' || pub.connectionState === 'disconnected')) {
          reconnect();
        }
      });
    }

    async function receive() {
      receiving = true;
      while (!ended) {
        try {
          var offer = await api('/receive', {});
          if (sub) { sub.close(); }
          remotes.innerHTML = '';
          sub = new RTCPeerConnection();
          sub.addEventListener('track', function (event) {
            if (event.track.kind === 'video') {
              var video = document.createElement('video');
              video.autoplay = true; video.playsInline = true; video.muted = monitor;
              video.setAttribute('aria-label', word('remote'));
              video.srcObject = new MediaStream([event.track]);
              remotes.appendChild(video);
            } else {
              var audio = document.createElement('audio');
              audio.autoplay = true; audio.muted = silent; audio.srcObject = new MediaStream([event.track]);
              remotes.appendChild(audio);
            }
          });
          await sub.setRemoteDescription({ type: 'offer', sdp: offer.sdp });
          await sub.setLocalDescription(await sub.createAnswer());
          await gathered(sub);
          await api('/receive/' + offer.subscription, { sdp: sub.localDescription.sdp });
          say(word('connected'));
          root.dataset.state = 'connected';
          receiving = false;
          return;
        } catch (error) {
          if (error.status !== 409) { say(error.message); receiving = false; return; }
          say(word('waiting'));
          await sleep(2000);
        }
      }
    }

    var reconnecting = false;
    async function reconnect() {
      if (reconnecting || ended) { return; }
      reconnecting = true;
      say(word('reconnecting'));
      await sleep(1000);
      try { await publish(); await receive(); } catch (error) { say(error.message); }
      reconnecting = false;
    }

    async function start() {
      if (join) { join.disabled = true; }
      try {
        if (!monitor) { await publish(); joined = true; say(word('waiting')); }
        await receive();
      } catch (error) {
        say(error.message);
        if (join) { join.disabled = false; }
      }
    }

    function finish() {
      if (ended) { return; }
      ended = true;
      [pub, sub].forEach(function (pc) { if (pc) { pc.close(); } });
      if (stream) { stream.getTracks().forEach(function (track) { track.stop(); }); }
      remotes.innerHTML = '';
      if (join) { join.disabled = true; }
      say(word('ended'));
      root.dataset.state = 'ended';
    }

    function tick() {
      if (!end || ended || !countdown) { return; }
      var left = Math.max(0, Math.round((end - new Date()) / 1000));
      countdown.textContent = word('left').replace('{0}', Math.floor(left / 60)).replace('{1}', String(left % 60).padStart(2, '0'));
      if (left <= 120 && !warned) { warned = true; countdown.classList.add('ending'); say(word('warning')); }
      if (join && !joined && opens && new Date() >= opens && root.dataset.video === 'true') { join.disabled = false; }
    }

    // whether this page's media flows both ways: reported every few seconds (a call that did not connect both
    // sides for most of the visit is refunded)
    function connected() {
      return !!(pub && sub && pub.connectionState === 'connected' && sub.connectionState === 'connected');
    }

    // a warning staff sent to both sides: shown until the next one
    var shownWarning = null;
    function showWarning(code, at) {
      shownWarning = at;
      var box = part('warning');
      if (!box) { return; }
      part('warning-text').textContent = word('warn-' + code.toLowerCase());
      box.hidden = false;
    }

    async function poll() {
      while (!ended && !monitor) {
        try {
          var state = joined ? await api('/presence', { connected: connected() }) : await api('/state');
          if (['COMPLETED', 'TERMINATED', 'MISSED', 'CANCELLED', 'DENIED'].indexOf(state.status) >= 0) { finish(); return; }
          if (state.warning && state.warnedAt !== shownWarning) { showWarning(state.warning, state.warnedAt); }
        } catch (error) { /* a blip: ask again */ }
        await sleep(3000);
      }
    }

    if (check) {
      check.addEventListener('click', async function () {
        try { await camera(); say(word('checked')); } catch (error) { say(word('noCamera')); }
      });
    }
    if (join) { join.addEventListener('click', start); }
    if (monitor) { start(); }
    setInterval(tick, 1000);
    tick();
    poll();

    return {
      received: async function () {
        // frames: decoded; arrived: received whole from the media server (decoded or not)
        var found = { frames: 0, arrived: 0, videoBytes: 0, audioBytes: 0 };
        if (!sub) { return found; }
        (await sub.getStats()).forEach(function (s) {
          if (s.type === 'inbound-rtp' && s.kind === 'video') {
            found.frames += s.framesDecoded || 0; found.arrived += s.framesReceived || 0; found.videoBytes += s.bytesReceived || 0;
          }
          if (s.type === 'inbound-rtp' && s.kind === 'audio') { found.audioBytes += s.bytesReceived || 0; }
        });
        return found;
      },
      // what this browser sends (a family's or the kiosk's page)
      sent: async function () {
        var found = { frames: 0 };
        if (!pub) { return found; }
        (await pub.getStats()).forEach(function (s) {
          if (s.type === 'outbound-rtp' && s.kind === 'video') { found.frames += s.framesEncoded || 0; }
        });
        return found;
      },
      state: function () { return root.dataset.state || ''; },
      visit: root.dataset.visit || ''
    };
  }
})();
