/*
 * Norderstedt GO! service worker for Web Push (served at /push-sw.js, scope /).
 * Shows each message the push service delivers, and opens the portal where a tap on it leads.
 * The server sends small JSON: {title, body, url, tag, urgent, lang}.
 */
'use strict';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));

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
