/*
 * Norderstedt GO! service worker (served at /push-sw.js, scope /).
 *
 * Web Push: shows each message the push service delivers, and opens the portal where a tap on it
 * leads. The server sends small JSON: {title, body, url, tag, urgent, lang}.
 *
 * Without a connection (scripts/app.js keeps the copies): a page of the portal that cannot be
 * loaded is answered with the copy kept for it (a ticket, a locker reservation, the last news the
 * person opened; plain HTML, read-only) or else with the offline page, which lists the kept copies.
 * Everything else goes to the network untouched, and nothing is ever stored here: the worker only
 * reads what app.js kept. Kiosk screens are never answered from a cache.
 */
'use strict';

const APP_CACHE = 'go-app-1';
const SAVED = 'go-saved';
const SETTINGS = 'go-app-settings';
const OWNER_ENTRY = '/app/besitzer';
const SETTINGS_ENTRY = '/app/einstellungen';
const OFFLINE = '/app/ohne-verbindung';
const LANGUAGES = ['de', 'en'];
const KEPT_UNTIL = 'Go-Kept-Until';

self.addEventListener('install', event => {
  event.waitUntil((async () => {
    const cache = await caches.open(APP_CACHE);
    await cache.addAll(LANGUAGES.map(lang => OFFLINE + '?sprache=' + lang));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', event => event.waitUntil((async () => {
  for (const name of await caches.keys()) {
    if (name.startsWith('go-app-') && name !== APP_CACHE && name !== SETTINGS) {
      await caches.delete(name);
    }
  }
  if (self.registration.navigationPreload) {
    await self.registration.navigationPreload.enable();
  }
  await self.clients.claim();
})()));

/* Pages of the portal: from the network, and only when that fails from what was kept. */
self.addEventListener('fetch', event => {
  const request = event.request;
  if (request.mode !== 'navigate' || request.method !== 'GET') {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/kiosk')) {
    return;
  }
  event.respondWith((async () => {
    try {
      const preloaded = await event.preloadResponse;
      return preloaded || await fetch(request);
    } catch (e) {
      return withoutConnection(url);
    }
  })());
});

const keptFor = response => {
  const until = Date.parse(response.headers.get(KEPT_UNTIL) || '');
  return Number.isFinite(until) && until > Date.now();
};

const settings = async () => {
  try {
    const entry = await caches.match(SETTINGS_ENTRY, { cacheName: SETTINGS });
    return entry ? await entry.json() : {};
  } catch (e) {
    return {};
  }
};

const escapeHtml = text => text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/* The kept copies, newest first by kind: tickets, reservations, news; with their titles. */
const keptPages = async () => {
  if (!(await caches.has(SAVED))) {
    return [];
  }
  const cache = await caches.open(SAVED);
  const pages = [];
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path === OWNER_ENTRY) {
      continue;
    }
    const response = await cache.match(request);
    if (!response || !keptFor(response)) {
      continue;
    }
    const html = await response.text();
    const title = /<title>([^<]*)<\/title>/.exec(html);
    const order = path.startsWith('/ticket/') ? 0 : path.startsWith('/schliessfaecher/') ? 1 : 2;
    // the title is the copy's own, already escaped by the server
    pages.push({ path, title: title ? title[1] : escapeHtml(path), order });
  }
  return pages.sort((a, b) => a.order - b.order);
};

const withoutConnection = async url => {
  if (await caches.has(SAVED)) {
    const kept = await caches.match(url.pathname, { cacheName: SAVED });
    if (kept && keptFor(kept)) {
      return kept;
    }
  }
  const chosen = await settings();
  const lang = LANGUAGES.includes(chosen.lang) ? chosen.lang
    : (self.navigator.language || 'de').toLowerCase().startsWith('en') ? 'en' : 'de';
  const template = await caches.match(OFFLINE + '?sprache=' + lang, { cacheName: APP_CACHE });
  let html = template ? await template.text() : '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
    + '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Keine Verbindung / No connection'
    + '</title></head><body><main><h1>Keine Verbindung / No connection</h1>'
    + '<p lang="de">Bitte prüfen Sie Ihre Internetverbindung.</p>'
    + '<p lang="en">Please check your internet connection.</p></main></body></html>';
  const pages = await keptPages();
  if (pages.length) {
    const items = pages.map(page => '<li><a class="action-link" href="' + escapeHtml(page.path) + '">'
      + page.title + '</a></li>').join('');
    html = html.replace(/(<ul[^>]*id="saved"[^>]*>)\s*(<\/ul>)/, (all, open, close) => open + items + close)
      .replace(/<p[^>]*id="nothing-saved"[^>]*>[\s\S]*?<\/p>/, '');
  }
  else {
    html = html.replace(/<ul[^>]*id="saved"[^>]*>\s*<\/ul>/, '');
  }
  if ([100, 125, 150, 200].includes(chosen.textSize)) {
    html = html.replace(/data-text-size="\d+"/, 'data-text-size="' + chosen.textSize + '"');
  }
  if (chosen.contrast === 'high') {
    html = html.replace('data-contrast="normal"', 'data-contrast="high"');
  }
  return new Response(html, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};

self.addEventListener('push', event => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch (e) {
    message = { body: event.data ? event.data.text() : '' };
  }
  const title = message.title || 'Norderstedt GO!';
  const options = {
    body: message.body || '',
    lang: message.lang || 'de',
    // a message sent again replaces the one already shown
    tag: message.tag || undefined,
    renotify: Boolean(message.tag),
    // urgent warnings stay until the person dismisses them
    requireInteraction: Boolean(message.urgent),
    data: { url: message.url || '/benachrichtigungen' }
  };
  event.waitUntil(self.registration.showNotification(title, options));
});

self.addEventListener('notificationclick', event => {
  event.notification.close();
  const target = new URL((event.notification.data && event.notification.data.url) || '/', self.location.origin);
  // only our own pages: a message never leads elsewhere
  const url = target.origin === self.location.origin ? target.href : self.location.origin + '/';
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    for (const client of windows) {
      if (new URL(client.url).origin === self.location.origin && 'focus' in client) {
        await client.focus();
        if ('navigate' in client) {
          try {
            await client.navigate(url);
          } catch (e) {
            // an uncontrolled tab cannot be navigated by the worker; it is focused at least
          }
        }
        return;
      }
    }
    await self.clients.openWindow(url);
  })());
});
