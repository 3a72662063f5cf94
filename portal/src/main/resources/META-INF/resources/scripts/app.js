/*
 * The portal as an installed app (AppClient): registers the service worker /push-sw.js, which shows
 * the offline page and the kept copies when there is no connection, and keeps the copies of the
 * signed-in person's pages (a ticket, a locker reservation, the last news she opened) in the cache
 * 'go-saved'. The copies are plain HTML pages the server makes for her alone; each says until when
 * it is kept (header Go-Kept-Until).
 *
 * Whose copies they are: the cache holds the owner key of the person who was signed in when they
 * were kept. A page signed in with another key deletes them before anything else; signing out
 * deletes them (forget). Never on kiosk screens: there the page neither registers the worker nor
 * keeps anything, and the visit's end deletes every cache anyway (kiosk-session.js).
 */
(() => {
  'use strict';

  if (window.goApp) {
    return;
  }

  const WORKER = '/push-sw.js';
  const SAVED = 'go-saved';
  const SETTINGS = 'go-app-settings';
  const OWNER_ENTRY = '/app/besitzer';
  const SETTINGS_ENTRY = '/app/einstellungen';
  const KEPT_UNTIL = 'Go-Kept-Until';
  const NEWS = /^\/neuigkeiten\/\d+$/;

  const state = { config: null, queue: Promise.resolve(), waiting: [], installPrompt: null };

  const usable = () => window.isSecureContext && 'serviceWorker' in navigator && 'caches' in window
    && !location.pathname.startsWith('/kiosk');

  /* One change of the caches after the other: a sign-out never overtakes a copy being kept. */
  const serially = work => {
    const next = state.queue.then(work, work);
    state.queue = next.catch(() => undefined);
    return next;
  };

  const storedOwner = async () => {
    if (!(await caches.has(SAVED))) {
      return '';
    }
    const cache = await caches.open(SAVED);
    const entry = await cache.match(OWNER_ENTRY);
    return entry ? (await entry.text()) : '';
  };

  const deleteSaved = async () => {
    for (const name of await caches.keys()) {
      if (name === SAVED || name.startsWith(SAVED + '-')) {
        await caches.delete(name);
      }
    }
  };

  /* Another person's copies go before anything of this one is kept. */
  const claim = async owner => {
    const previous = await storedOwner();
    if (previous && previous !== owner) {
      await deleteSaved();
    }
  };

  /* What the offline page needs to look like the person's pages: language, text size, contrast. */
  const rememberSettings = async config => {
    const cache = await caches.open(SETTINGS);
    const settings = JSON.stringify({ lang: config.lang, textSize: config.textSize, contrast: config.contrast });
    const current = await cache.match(SETTINGS_ENTRY);
    if (!current || (await current.text()) !== settings) {
      await cache.put(SETTINGS_ENTRY, new Response(settings, { headers: { 'Content-Type': 'application/json' } }));
    }
  };

  const expired = response => {
    const until = Date.parse(response.headers.get(KEPT_UNTIL) || '');
    return !Number.isFinite(until) || until <= Date.now();
  };

  const prune = async () => {
    if (!(await caches.has(SAVED))) {
      return;
    }
    const cache = await caches.open(SAVED);
    for (const request of await cache.keys()) {
      if (new URL(request.url).pathname === OWNER_ENTRY) {
        continue;
      }
      const response = await cache.match(request);
      if (!response || expired(response)) {
        await cache.delete(request);
      }
    }
  };

  const keepNow = async (page, copy) => {
    const owner = state.config && state.config.owner;
    if (!owner) {
      return 'not-signed-in';
    }
    await claim(owner);
    const response = await fetch(copy, { credentials: 'same-origin', cache: 'no-store' });
    const cache = await caches.open(SAVED);
    const key = new URL(page, location.href).pathname;
    if (!response.ok) {
      // not hers (any more), or over: an older copy must not stay either
      await cache.delete(key);
      return 'gone';
    }
    if (NEWS.test(key)) {
      // only the last news she opened
      for (const request of await cache.keys()) {
        const path = new URL(request.url).pathname;
        if (NEWS.test(path) && path !== key) {
          await cache.delete(request);
        }
      }
    }
    await cache.put(OWNER_ENTRY, new Response(owner, { headers: { 'Content-Type': 'text/plain' } }));
    await cache.put(key, response);
    return 'kept';
  };

  const register = () => {
    navigator.serviceWorker.register(WORKER, { scope: '/' }).catch(() => {
      // without the worker the portal works as before, only not without a connection
    });
  };

  /* Chromium offers the installation itself; the help page may ask for it from a button. */
  window.addEventListener('beforeinstallprompt', event => {
    state.installPrompt = event;
  });
  window.addEventListener('appinstalled', () => {
    state.installPrompt = null;
  });

  window.goApp = {
    /**
     * config: { owner: the signed-in person's owner key or '', lang, textSize, contrast }.
     * Called on every portal page and again when the person changes language or display.
     */
    start(config) {
      if (!usable()) {
        return;
      }
      const first = !state.config;
      state.config = config;
      const manifest = document.querySelector('link[rel="manifest"]');
      if (manifest) {
        const wanted = new URL(manifest.getAttribute('href'), location.href);
        if (wanted.searchParams.get('sprache') !== config.lang) {
          wanted.searchParams.set('sprache', config.lang);
          manifest.setAttribute('href', wanted.pathname + wanted.search);
        }
      }
      serially(async () => {
        if (config.owner) {
          await claim(config.owner);
          // her display for the offline page; kept only while she is signed in, so that
          // nothing of hers is left after she signs out
          await rememberSettings(config);
        }
        await prune();
      });
      if (first) {
        if (document.readyState === 'complete') {
          register();
        }
        else {
          window.addEventListener('load', register, { once: true });
        }
        const waiting = state.waiting;
        state.waiting = [];
        waiting.forEach(([page, copy, done]) => done(serially(() => keepNow(page, copy))));
      }
    },

    /**
     * Keeps the copy (an address of the server's plain page) for the page at `page`, for use
     * without a connection; resolves to 'kept', 'gone' (the server has none for her) or
     * 'not-signed-in'.
     */
    keep(page, copy) {
      if (!usable()) {
        return Promise.resolve('unusable');
      }
      if (!state.config) {
        return new Promise(done => state.waiting.push([page, copy, done]));
      }
      return serially(() => keepNow(page, copy));
    },

    /** Deletes every copy of the person's pages in this browser (at sign-out). */
    forget() {
      if (!('caches' in window)) {
        return Promise.resolve(true);
      }
      if (state.config) {
        state.config = Object.assign({}, state.config, { owner: '' });
      }
      return serially(async () => {
        await deleteSaved();
        await caches.delete(SETTINGS);
      }).then(() => true);
    },

    /** Whether this browser offers to install the app right now (Chromium). */
    canInstall() {
      return !!state.installPrompt;
    },

    /** Shows the browser's own question whether to install; resolves to 'accepted' or 'dismissed'. */
    async install() {
      const prompt = state.installPrompt;
      if (!prompt) {
        return 'unavailable';
      }
      state.installPrompt = null;
      await prompt.prompt();
      const choice = await prompt.userChoice;
      return choice && choice.outcome ? choice.outcome : 'dismissed';
    }
  };
})();
