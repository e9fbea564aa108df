// The viewer page: plays the event's HLS stream (hls.js, or the browser's own HLS where there is
// no MSE), shows the status, the camera on air and the viewer count, and heals itself.
// Camera switches come from the playlist's EXT-X-DATERANGE (CLASS live.wedlive.camera), which
// works behind any CDN, and from the viewer WebSocket when the page is served by the app.
(function () {
  'use strict';

  const CAMERA_CLASS = 'live.wedlive.camera';
  const CAMERA_NAME_MS = 4000;
  const NOTICES = {
    waiting: ['Starting soon', 'The stream will begin here shortly.'],
    live: ['Connecting…', 'The picture will appear in a moment.'],
    paused: ['We\u2019ll be right back', 'The stream continues shortly.'],
    ended: ['Thank you for watching', 'The stream has ended.'],
    unsupported: ['This browser cannot play the stream', 'Please try another browser.'],
  };

  const params = new URLSearchParams(location.search);
  const el = (id) => document.getElementById(id);
  const ui = {
    root: el('viewer'), title: el('title'), badge: el('live-badge'), viewers: el('viewers'),
    count: el('viewer-count'), stage: el('stage'), video: el('video'), camera: el('camera-name'),
    noticeText: el('notice-text'), noticeDetail: el('notice-detail'), unmute: el('unmute'),
    fullscreen: el('fullscreen'),
  };
  const video = ui.video;

  // One id per tab, named to the app on the playlist and the socket so that they count as one
  // viewer. Not sent to other servers (?src=): a per-viewer query would defeat a CDN's cache.
  const sessionId = (() => {
    try {
      const kept = sessionStorage.getItem('wl_session');
      if (kept) return kept;
    } catch (e) { /* storage blocked */ }
    const bytes = new Uint8Array(8);
    crypto.getRandomValues(bytes);
    const id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    try { sessionStorage.setItem('wl_session', id); } catch (e) { /* storage blocked */ }
    return id;
  })();

  const state = {
    status: 'waiting',
    socketOpen: false,
    hlsUrl: params.get('src') || 'hls/output_main.m3u8?wl_session=' + sessionId,
    switches: [], // {id, name, at (ms since epoch, 0 = from the start)}, oldest first
    shownCameraId: null,
    firstFrameMs: null,
  };
  // For tests and for curious people with a console.
  window.wedliveViewer = state;

  // ---- status, badge, notice ----------------------------------------------------------------

  function setStatus(status) {
    if (!NOTICES[status]) return;
    const was = state.status;
    state.status = status;
    ui.root.dataset.status = status;
    ui.badge.hidden = status !== 'live';
    const [text, detail] = NOTICES[status];
    ui.noticeText.textContent = text;
    ui.noticeDetail.textContent = detail;
    if (status === 'live' && was !== 'live') player.retryNow();
  }

  function setPlaying(playing) {
    ui.root.dataset.playing = playing ? 'yes' : 'no';
  }

  function setTitle(title) {
    if (!title) return;
    ui.title.textContent = title;
    document.title = title;
  }

  function setViewers(count) {
    if (typeof count !== 'number') return;
    ui.count.textContent = String(count);
    ui.viewers.hidden = false;
  }

  // ---- camera names ---------------------------------------------------------------------------

  let cameraTimer = 0;
  function showCamera(entry) {
    state.shownCameraId = entry.id;
    ui.camera.textContent = entry.name || entry.id;
    ui.camera.hidden = false;
    ui.camera.classList.remove('fading');
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => {
      ui.camera.classList.add('fading');
      cameraTimer = setTimeout(() => { ui.camera.hidden = true; }, 450);
    }, CAMERA_NAME_MS);
  }

  // Keeps the switches in time order. The same switch may come twice (WebSocket and playlist),
  // and a switch to the camera already on changes nothing: neighbours with one camera collapse.
  function addSwitch(id, name, at) {
    if (!id) return;
    state.switches.push({ id: id, name: name, at: at });
    state.switches.sort((a, b) => a.at - b.at);
    state.switches = state.switches.filter((entry, i, all) => {
      if (i === 0 || all[i - 1].id !== entry.id) return true;
      if (entry.name && !all[i - 1].name) all[i - 1].name = entry.name;
      return false;
    });
    if (state.switches.length > 50) state.switches.splice(0, state.switches.length - 50);
    updateCamera();
  }

  // The wall-clock time of the picture on screen (from EXT-X-PROGRAM-DATE-TIME), or null.
  function playingTimeMs() {
    if (player.hls && player.hls.playingDate) return player.hls.playingDate.getTime();
    if (typeof video.getStartDate === 'function') {
      const start = video.getStartDate().getTime();
      if (!isNaN(start) && start > 0) return start + video.currentTime * 1000;
    }
    return null;
  }

  // Shows the camera that is on screen now: the newest switch the picture has reached, or,
  // without a playing picture to compare with, simply the newest switch.
  function updateCamera() {
    if (!state.switches.length) return;
    const now = playingTimeMs();
    let current = null;
    for (const entry of state.switches) {
      if (now === null || entry.at <= now) current = entry;
    }
    if (now !== null && current === null) return;
    if (current && current.id !== state.shownCameraId) showCamera(current);
  }

  function unquote(value) {
    return typeof value === 'string' ? value.replace(/^"(.*)"$/, '$1') : value;
  }

  function readDateRanges(details) {
    const ranges = details && details.dateRanges;
    if (!ranges) return;
    for (const key of Object.keys(ranges)) {
      const range = ranges[key];
      const attr = range.attr || {};
      if (unquote(range.class || attr.CLASS) !== CAMERA_CLASS) continue;
      const start = range.startDate ? range.startDate.getTime() : Date.parse(unquote(attr['START-DATE']));
      addSwitch(unquote(attr['X-CAMERA-ID']), unquote(attr['X-CAMERA-NAME']), start || 0);
    }
  }

  // Safari's own HLS exposes DATERANGE attributes as cues of a metadata text track.
  function watchNativeCues() {
    const attach = (track) => {
      if (track.kind !== 'metadata') return;
      track.mode = 'hidden';
      track.addEventListener('cuechange', () => {
        for (const cue of Array.from(track.activeCues || [])) {
          const value = cue.value || {};
          if (value.key === 'X-CAMERA-NAME') addSwitch(cue.id || value.data, value.data, 0);
        }
      });
    };
    Array.from(video.textTracks).forEach(attach);
    video.textTracks.addEventListener('addtrack', (event) => attach(event.track));
  }

  // ---- the player -----------------------------------------------------------------------------

  const player = {
    hls: null,
    native: false,
    retryTimer: 0,
    retryPending: false,
    backoffMs: 500,
    lastMediaRecovery: 0,
    lastProgress: { time: -1, at: 0 },

    start() {
      const Hls = window.Hls;
      if (Hls && Hls.isSupported()) {
        this.startHlsJs(Hls);
      } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
        this.native = true;
        watchNativeCues();
        video.src = state.hlsUrl;
        this.play();
      } else {
        setStatus('unsupported');
      }
    },

    startHlsJs(Hls) {
      const hls = new Hls({
        lowLatencyMode: true,
        backBufferLength: 30,
        maxLiveSyncPlaybackRate: 1.15, // catch up gently after a stall
        manifestLoadingMaxRetry: 2,
        levelLoadingMaxRetry: 4,
        fragLoadingMaxRetry: 4,
      });
      this.hls = hls;
      hls.on(Hls.Events.LEVEL_LOADED, (_, data) => readDateRanges(data.details));
      hls.on(Hls.Events.LEVEL_UPDATED, (_, data) => readDateRanges(data.details));
      hls.on(Hls.Events.FRAG_BUFFERED, () => { this.backoffMs = 500; });
      hls.on(Hls.Events.ERROR, (_, data) => this.onError(Hls, data));
      hls.on(Hls.Events.MANIFEST_PARSED, () => this.play());
      hls.attachMedia(video);
      hls.loadSource(state.hlsUrl);
    },

    onError(Hls, data) {
      if (!data.fatal) return;
      if (data.type === Hls.ErrorTypes.MEDIA_ERROR && Date.now() - this.lastMediaRecovery > 5000) {
        this.lastMediaRecovery = Date.now();
        this.hls.recoverMediaError();
        return;
      }
      // Not live yet (404), the network gone, or media that did not recover: start again later.
      if (!state.socketOpen && data.response && data.response.code === 404 && state.status === 'live')
        setStatus('waiting');
      this.restartLater();
    },

    restartLater() {
      clearTimeout(this.retryTimer);
      this.retryPending = true;
      const delay = this.backoffMs + Math.random() * 250;
      this.backoffMs = Math.min(this.backoffMs * 2, 8000);
      this.retryTimer = setTimeout(() => this.restart(), delay);
    },

    // The event went live: a player waiting out its backoff tries at once.
    retryNow() {
      if (!this.retryPending) return;
      this.backoffMs = 500;
      clearTimeout(this.retryTimer);
      this.restart();
    },

    restart() {
      this.retryPending = false;
      if (state.status === 'ended' && state.socketOpen) return;
      if (this.hls) { this.hls.destroy(); this.hls = null; }
      if (this.native) { video.src = state.hlsUrl; video.load(); this.play(); return; }
      this.start();
    },

    play() {
      const attempt = video.play();
      if (attempt && attempt.catch) attempt.catch(() => { ui.unmute.hidden = false; });
    },

    // A live picture that has not moved for 8 s is restarted (a stuck decoder or connection).
    checkStall() {
      if (state.status !== 'live' || video.paused) return;
      const now = Date.now();
      if (video.currentTime !== this.lastProgress.time) {
        this.lastProgress = { time: video.currentTime, at: now };
      } else if (now - this.lastProgress.at > 8000) {
        this.lastProgress.at = now;
        this.restartLater();
      }
    },
  };

  video.addEventListener('playing', () => {
    setPlaying(true);
    if (!state.socketOpen && state.status !== 'live') setStatus('live');
    ui.unmute.hidden = !video.muted;
  });
  video.addEventListener('waiting', () => setPlaying(video.readyState >= 3));
  video.addEventListener('ended', () => { setPlaying(false); setStatus('ended'); });
  video.addEventListener('timeupdate', () => {
    if (state.firstFrameMs === null && video.currentTime > 0)
      state.firstFrameMs = Math.round(performance.now());
    updateCamera();
  });
  video.addEventListener('volumechange', () => { ui.unmute.hidden = !video.muted; });

  ui.unmute.addEventListener('click', () => {
    video.muted = false;
    video.volume = 1;
    player.play();
  });
  ui.fullscreen.addEventListener('click', () => {
    if (document.fullscreenElement) { document.exitFullscreen(); return; }
    if (ui.stage.requestFullscreen) ui.stage.requestFullscreen().catch(() => {});
    else if (video.webkitEnterFullscreen) video.webkitEnterFullscreen(); // iPhone
  });
  // Autoplay is muted; the first touch anywhere may unmute.
  ui.stage.addEventListener('click', (event) => {
    if (event.target === video && video.muted) ui.unmute.click();
  });

  // ---- the viewer WebSocket -------------------------------------------------------------------

  const socket = {
    ws: null,
    backoffMs: 1000,

    connect() {
      if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
      const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host +
        '/ws/viewer?wl_session=' + sessionId;
      let ws;
      try { ws = new WebSocket(url); } catch (e) { this.reconnectLater(); return; }
      this.ws = ws;
      ws.onopen = () => { state.socketOpen = true; this.backoffMs = 1000; };
      ws.onmessage = (event) => this.onMessage(event.data);
      ws.onclose = () => {
        state.socketOpen = false;
        this.ws = null;
        this.reconnectLater();
      };
    },

    reconnectLater() {
      const delay = this.backoffMs * (0.75 + Math.random() * 0.5);
      this.backoffMs = Math.min(this.backoffMs * 2, 30000);
      setTimeout(() => this.connect(), delay);
    },

    onMessage(text) {
      let message;
      try { message = JSON.parse(text); } catch (e) { return; }
      const data = (message && message.data) || {};
      switch (message && message.event) {
      case 'state':
        setTitle(data.title);
        setViewers(data.viewers);
        if (data.active_camera_id) addSwitch(data.active_camera_id, data.camera_name, 0);
        setStatus(data.status);
        break;
      case 'camera_switched':
        addSwitch(data.active_camera_id, data.camera_name, Date.parse(data.at) || 0);
        break;
      case 'viewer_count_update':
        setViewers(data.total_viewers);
        break;
      case 'status_changed':
        setStatus(data.status);
        break;
      default:
        break;
      }
    },
  };

  setStatus('waiting');
  setPlaying(false);
  player.start();
  socket.connect();
  setInterval(() => { player.checkStall(); updateCamera(); }, 1000);
})();
