/*
 * Browser side of PushDeviceSection: finds out what this browser can do, registers the service
 * worker /push-sw.js, asks for permission, subscribes with the server's key and hands the
 * subscription to the server. The permission question is asked straight from the button's
 * click, as browsers require.
 */
(() => {
  if (window.goWebPush) {
    return;
  }
  const WORKER = '/push-sw.js';
  const READY_MS = 15000;

  const supported = () => window.isSecureContext && 'serviceWorker' in navigator
    && 'PushManager' in window && 'Notification' in window;

  const withTimeout = (promise, ms) => Promise.race([promise,
    new Promise((resolve, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);

  const bytes = base64url => {
    const base64 = (base64url + '='.repeat((4 - base64url.length % 4) % 4)).replace(/-/g, '+').replace(/_/g, '/');
    return Uint8Array.from(atob(base64), c => c.charCodeAt(0));
  };

  const sameKey = (subscription, key) => {
    const current = subscription.options && subscription.options.applicationServerKey;
    if (!current) {
      return true;
    }
    const a = new Uint8Array(current);
    const b = bytes(key);
    return a.length === b.length && a.every((value, i) => value === b[i]);
  };

  /* The device in words for the list of devices, e.g. "Chrome" and "Android". */
  const browserName = () => {
    const ua = navigator.userAgent;
    if (/Edg(e|A|iOS)?\//.test(ua)) return 'Edge';
    if (/OPR\/|Opera/.test(ua)) return 'Opera';
    if (/SamsungBrowser\//.test(ua)) return 'Samsung Internet';
    if (/Firefox\/|FxiOS\//.test(ua)) return 'Firefox';
    if (/Chrome\/|CriOS\/|Chromium\//.test(ua)) return 'Chrome';
    if (/Safari\//.test(ua)) return 'Safari';
    return '';
  };

  const systemName = () => {
    const ua = navigator.userAgent;
    if (/Android/.test(ua)) return 'Android';
    if (/iPhone/.test(ua)) return 'iPhone';
    if (/iPad/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1)) return 'iPad';
    if (/Windows/.test(ua)) return 'Windows';
    if (/CrOS/.test(ua)) return 'ChromeOS';
    if (/Mac OS X|Macintosh/.test(ua)) return 'Mac';
    if (/Linux/.test(ua)) return 'Linux';
    return '';
  };

  const currentSubscription = async () => {
    const registration = await navigator.serviceWorker.getRegistration('/');
    return registration ? registration.pushManager.getSubscription() : null;
  };

  /* 'unsupported', 'denied', 'default' or 'granted', and this browser's endpoint if subscribed. */
  const state = async () => {
    if (!supported()) {
      return { support: 'unsupported', endpoint: '' };
    }
    let endpoint = '';
    try {
      const subscription = await currentSubscription();
      endpoint = subscription ? subscription.endpoint : '';
    } catch (e) {
      endpoint = '';
    }
    return { support: Notification.permission, endpoint };
  };

  const subscribe = async key => {
    if (!supported()) {
      return { outcome: 'unsupported' };
    }
    let permission = Notification.permission;
    if (permission === 'default') {
      permission = await Notification.requestPermission();
    }
    if (permission !== 'granted') {
      return { outcome: permission === 'denied' ? 'denied' : 'dismissed' };
    }
    try {
      await navigator.serviceWorker.register(WORKER, { scope: '/' });
      const registration = await withTimeout(navigator.serviceWorker.ready, READY_MS);
      let subscription = await registration.pushManager.getSubscription();
      if (subscription && !sameKey(subscription, key)) {
        // made with an older server key: it cannot be used any more
        await subscription.unsubscribe();
        subscription = null;
      }
      if (!subscription) {
        subscription = await registration.pushManager.subscribe(
          { userVisibleOnly: true, applicationServerKey: bytes(key) });
      }
      const json = subscription.toJSON();
      return {
        outcome: 'subscribed', endpoint: json.endpoint, p256dh: json.keys.p256dh, auth: json.keys.auth,
        browser: browserName(), system: systemName()
      };
    } catch (e) {
      return { outcome: e && e.name === 'NotAllowedError' ? 'denied' : 'error', error: String(e && (e.name || e)) };
    }
  };

  const unsubscribe = async () => {
    try {
      const subscription = await currentSubscription();
      if (!subscription) {
        return '';
      }
      const endpoint = subscription.endpoint;
      await subscription.unsubscribe();
      return endpoint;
    } catch (e) {
      return '';
    }
  };

  /*
   * Tells the server what this browser can do; called when the section appears. A subscription
   * made with another server key (the server's VAPID key was rotated) is renewed with the current
   * key first: permission is already granted, so nobody is asked, and the server swaps the old
   * subscription for the new one.
   */
  const check = async host => {
    const current = await state();
    const key = host.__goWebPush && host.__goWebPush.key;
    if (current.support === 'granted' && current.endpoint && key) {
      let subscription = null;
      try {
        subscription = await currentSubscription();
      } catch (e) {
        subscription = null;
      }
      if (subscription && !sameKey(subscription, key)) {
        const result = await subscribe(key);
        result.replaced = current.endpoint;
        await host.$server.renewed(JSON.stringify(result));
        return;
      }
    }
    host.$server.deviceState(current.support, current.endpoint);
  };

  /*
   * The switch button (any element with data-push-action inside the host) runs in the click
   * itself, so the browser may ask for permission.
   */
  const bind = (host, key) => {
    if (host.__goWebPush) {
      host.__goWebPush.key = key;
      return;
    }
    const binding = { key, busy: false };
    host.__goWebPush = binding;
    host.addEventListener('click', async event => {
      const button = event.target.closest && event.target.closest('[data-push-action]');
      if (!button || binding.busy || button.hasAttribute('disabled')) {
        return;
      }
      binding.busy = true;
      try {
        if (button.getAttribute('data-push-action') === 'unsubscribe') {
          const endpoint = await unsubscribe();
          await host.$server.unsubscribed(endpoint);
        } else {
          const result = await subscribe(binding.key);
          await host.$server.subscribed(JSON.stringify(result));
        }
      } finally {
        binding.busy = false;
      }
    });
  };

  /* Ends this browser's subscription without asking the server (it refused to keep it). */
  const forget = async () => {
    await unsubscribe();
  };

  /* At sign-out: ends this browser's subscription and says which it was ('' if none). */
  const endHere = async () => (supported() ? unsubscribe() : '');

  window.goWebPush = { check, bind, forget, endHere };
})();
