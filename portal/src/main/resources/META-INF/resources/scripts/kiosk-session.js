/*
 * A visit at a public touchscreen: after the device's idle time a spoken "Are you still there?"
 * with a countdown; when nobody answers, or when the person taps "Done", everything of the visit
 * is wiped (server session, cookies but the device credential, storage, IndexedDB, caches) and
 * the screen returns to the welcome page. Times are deadlines, not counted ticks, so a throttled
 * or suspended screen still ends the visit on time.
 */
(() => {
  if (window.goKiosk) {
    return;
  }
  const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'input', 'wheel'];
  const state = { config: null, idleTimer: null, tick: null, deadline: 0, dialog: null, wiping: false };

  const text = (template, seconds) => template.replace('{0}', String(seconds));

  const speak = message => {
    if (window.goReadAloud && state.config.speech) {
      window.goReadAloud.say(message, state.config.speech);
    }
  };

  const schedule = () => {
    clearTimeout(state.idleTimer);
    state.idleTimer = setTimeout(warn, state.config.idleSeconds * 1000);
  };

  const onActivity = () => {
    if (state.config && !state.wiping && !(state.dialog && state.dialog.open)) {
      schedule();
    }
  };

  const dialog = () => {
    if (state.dialog && state.dialog.isConnected) {
      return state.dialog;
    }
    const d = document.createElement('dialog');
    d.className = 'kiosk-idle';
    d.setAttribute('role', 'alertdialog');
    d.setAttribute('aria-labelledby', 'kiosk-idle-title');
    d.setAttribute('aria-describedby', 'kiosk-idle-text');
    d.innerHTML = '<h2 id="kiosk-idle-title"></h2><p id="kiosk-idle-text"></p>'
      + '<p class="kiosk-idle-countdown" role="timer"></p>'
      + '<div class="kiosk-idle-actions"><button type="button" class="kiosk-idle-continue"></button>'
      + '<button type="button" class="kiosk-idle-finish"></button></div>';
    d.querySelector('.kiosk-idle-continue').addEventListener('click', keep);
    d.querySelector('.kiosk-idle-finish').addEventListener('click', () => wipe());
    // Escape would close the dialog without a decision: treat it as "yes, continue".
    d.addEventListener('cancel', event => {
      event.preventDefault();
      keep();
    });
    document.body.appendChild(d);
    state.dialog = d;
    return d;
  };

  const label = () => {
    const t = state.config.texts;
    const d = dialog();
    d.lang = state.config.lang;
    d.querySelector('#kiosk-idle-title').textContent = t.title;
    d.querySelector('#kiosk-idle-text').textContent = t.text;
    d.querySelector('.kiosk-idle-continue').textContent = t.continue;
    d.querySelector('.kiosk-idle-finish').textContent = t.finish;
  };

  const remaining = () => Math.max(0, Math.ceil((state.deadline - Date.now()) / 1000));

  const update = () => {
    const seconds = remaining();
    dialog().querySelector('.kiosk-idle-countdown').textContent = text(state.config.texts.countdown, seconds);
    if (seconds <= 0) {
      wipe();
    }
  };

  const warn = () => {
    if (state.wiping) {
      return;
    }
    label();
    state.deadline = Date.now() + state.config.countdownSeconds * 1000;
    const d = dialog();
    if (!d.open) {
      d.showModal();
    }
    d.querySelector('.kiosk-idle-continue').focus();
    update();
    clearInterval(state.tick);
    state.tick = setInterval(update, 1000);
    speak(state.config.texts.title + ' ' + text(state.config.texts.spoken, state.config.countdownSeconds));
  };

  function keep() {
    clearInterval(state.tick);
    if (state.dialog && state.dialog.open) {
      state.dialog.close();
    }
    if (window.goReadAloud) {
      window.goReadAloud.stop(true);
    }
    schedule();
  }

  const expireReadableCookies = () => {
    for (const part of document.cookie.split(';')) {
      const name = part.split('=')[0].trim();
      if (name) {
        document.cookie = name + '=; Max-Age=0; path=/';
      }
    }
  };

  const clearIndexedDb = async () => {
    if (!window.indexedDB || !indexedDB.databases) {
      return;
    }
    for (const db of await indexedDB.databases()) {
      await new Promise(resolve => {
        const request = indexedDB.deleteDatabase(db.name);
        request.onsuccess = request.onerror = request.onblocked = resolve;
      });
    }
  };

  const clearCaches = async () => {
    if (window.caches) {
      for (const key of await caches.keys()) {
        await caches.delete(key);
      }
    }
    if (navigator.serviceWorker) {
      for (const registration of await navigator.serviceWorker.getRegistrations()) {
        await registration.unregister();
      }
    }
  };

  async function wipe() {
    if (state.wiping) {
      return;
    }
    state.wiping = true;
    clearTimeout(state.idleTimer);
    clearInterval(state.tick);
    if (window.goReadAloud) {
      window.goReadAloud.stop(true);
    }
    const attempt = async step => {
      try {
        await step();
      } catch (e) {
        // go on: the next step must still run
      }
    };
    await attempt(async () => localStorage.clear());
    await attempt(async () => sessionStorage.clear());
    await attempt(clearIndexedDb);
    await attempt(clearCaches);
    // From here on the abandoned page must not reach the server again, but to end the visit:
    // a late request of the Vaadin client (the beacon it sends when the page is left, a
    // heartbeat, the server-push connection opened anew when the server ends the session)
    // would start a new session.
    const send = window.fetch.bind(window);
    navigator.sendBeacon = () => true;
    window.fetch = () => new Promise(() => {});
    XMLHttpRequest.prototype.send = function () {};
    window.WebSocket = function () {
      throw new DOMException('The visit has ended', 'SecurityError');
    };
    window.EventSource = window.WebSocket;
    await attempt(() => send('kiosk/ende', { method: 'POST', credentials: 'same-origin', cache: 'no-store' }));
    expireReadableCookies();
    location.replace('kiosk?beendet');
  }

  window.goKiosk = {
    /**
     * config: { idleSeconds, countdownSeconds, lang, speech: {endpoint, lang, rate},
     *           texts: { title, text, spoken, countdown, continue, finish } }
     */
    start(config) {
      const first = !state.config;
      state.config = config;
      if (first) {
        ACTIVITY.forEach(type => document.addEventListener(type, onActivity, { capture: true, passive: true }));
      }
      if (state.dialog) {
        label();
        if (state.dialog.open) {
          update();
          return;
        }
      }
      schedule();
    },
    keep,
    wipe
  };
})();
