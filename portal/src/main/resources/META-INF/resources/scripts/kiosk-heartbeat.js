/*
 * Every kiosk page tells the portal once a minute that the screen is alive (the admin list flags
 * silent devices). A revoked screen reloads and then shows that it is no longer enrolled.
 */
(() => {
  if (window.__goHeartbeat) {
    return;
  }
  window.__goHeartbeat = setInterval(() => fetch('geraete/lebenszeichen', { method: 'POST', credentials: 'same-origin' })
    .then(response => {
      if (response.status === 401) {
        location.reload();
      }
    })
    .catch(() => {}), 60000);
})();
